// Writes src/version.ts from the package.json of the current package, so VERSION never drifts
// from what changesets released. Run from a package directory.
import { readFileSync, writeFileSync } from 'node:fs';
const { name, version } = JSON.parse(readFileSync('package.json', 'utf8'));
const what =
  name === '@hbrs/core'
    ? 'The version of @hbrs/core (and, through the fixed release group, of @hbrs/widgets).'
    : `The version of ${name}.`;
const out = `// Generated from package.json by scripts/write-version.mjs during the build. Do not edit by hand.
/** ${what} */
export const VERSION = '${version}';
`;
let have = '';
try {
  have = readFileSync('src/version.ts', 'utf8');
} catch {
  // first build
}
if (have !== out) writeFileSync('src/version.ts', out);
