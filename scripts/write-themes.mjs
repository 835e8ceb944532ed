// Writes dist/themes.css (the page-level theme and large-text stylesheet) from the built tokens module.
// Run from packages/core after tsc.
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
const { themesStylesheet } = await import(pathToFileURL(resolve('dist/tokens.js')).href);
writeFileSync('dist/themes.css', themesStylesheet());
