// `pnpm start`: serves the built docs site (docs/dist) on localhost and prints the URL.
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const dist = resolve(import.meta.dirname, 'dist');
if (!existsSync(dist)) {
  console.error('docs/dist is missing: run `pnpm start` from the repository root (it builds first).');
  process.exit(1);
}
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.map': 'application/json', '.yaml': 'text/yaml; charset=utf-8' };

const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  let file = normalize(join(dist, path));
  if (!file.startsWith(dist)) {
    res.writeHead(403).end();
    return;
  }
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
  createReadStream(file).pipe(res);
});

const port = Number(process.env.PORT ?? 8080);
server.on('error', (e) => {
  if (e.code === 'EADDRINUSE' && !process.env.PORT) server.listen(0, '127.0.0.1');
  else throw e;
});
server.on('listening', () => {
  const { port: p } = server.address();
  console.log(`\n  hbrs docs and demo portal (sample data):\n\n    http://localhost:${p}/\n    http://localhost:${p}/demo/portal.html\n\n  Press Ctrl+C to stop.\n`);
});
server.listen(port, '127.0.0.1');
