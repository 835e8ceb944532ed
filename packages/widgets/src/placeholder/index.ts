export { HbrsPlaceholder, type PlaceholderState, type PlaceholderMessages } from './placeholder.js';
