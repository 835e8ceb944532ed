// Core's English texts in one chunk, loaded by `loadCoreTexts('en')` (Chinese pages never download it).
export { default as core } from './en.js';
export { default as input } from './input.en.js';
