// `pnpm start`: serves the built docs site (docs/dist) on localhost and prints the URL.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { serveDir } from '../scripts/static-server.mjs';

const dist = resolve(import.meta.dirname, 'dist');
if (!existsSync(dist)) {
  console.error('docs/dist is missing: run `pnpm start` from the repository root (it builds first).');
  process.exit(1);
}
const { url } = await serveDir(dist, Number(process.env.PORT ?? 8080));
console.log(
  `\n  hbrs docs and demo portal (sample data):\n\n    ${url}\n    ${url}demo/portal.html\n\n  Press Ctrl+C to stop.\n`,
);
