export { HbrsPostdocFinder, POSTDOC_MAX_COMPARE, type PostdocFinderMessages } from './postdoc-finder.js';
export type { PostdocFilters } from './model.js';
export { POSTDOC_SUPPORT_SCHEMES, type PostdocSupportScheme } from './schemes.js';
