// `pnpm build` (after the manifest): writes the editor help generated from custom-elements.json (editor-data.mjs).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { editorFiles } from './editor-data.mjs';

const pkgDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const t = performance.now();
const files = editorFiles();
// `@hbrs/widgets/jsx` is types only; its JavaScript side is empty.
files['dist/jsx.js'] = '// Types only: see jsx.d.ts.\nexport {};\n';
for (const [rel, text] of Object.entries(files)) {
  mkdirSync(dirname(join(pkgDir, rel)), { recursive: true });
  writeFileSync(join(pkgDir, rel), text);
}
console.log(`editor-data: ${Object.keys(files).join(', ')} (${Math.round(performance.now() - t)} ms)`);
