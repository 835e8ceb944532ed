// Writes src/version.ts from the package.json of the current package, so VERSION never drifts
// from what changesets released. Run from a package directory.
import { readFileSync, writeFileSync } from 'node:fs';
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const out = `// Generated from package.json by scripts/write-version.mjs during the build. Do not edit by hand.
/** The version of @hbrs/core (and, through the fixed release group, of @hbrs/widgets). */
export const VERSION = '${version}';
`;
if (readFileSync('src/version.ts', 'utf8') !== out) writeFileSync('src/version.ts', out);
