export { HbrsPostdocFinder, MAX_COMPARE, type PostdocFinderMessages } from './postdoc-finder.js';
export type { PostdocFilters } from './model.js';
export { DEFAULT_SCHEMES, type SupportScheme } from './schemes.js';
export type { Bilingual } from './vocab.js';
