// A tiny static file server on 127.0.0.1 (docs site and demo portal for `pnpm start`, Storybook smoke test,
// screenshots, benches), answering as a real web server would: gzip or brotli by `Accept-Encoding` (for text
// files over 1 KB), a strong ETag with `304 Not Modified`, and cache headers (hashed build assets are
// immutable for a year; everything else `no-cache`, i.e. revalidated with the ETag on each use).
import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.yaml': 'text/yaml; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.map', '.svg', '.yaml']);
/** Build output named by content hash (Vite's `assets/name-<hash>.js`, Storybook's likewise). */
const HASHED = /[.-][A-Za-z0-9_-]{8,}\.(?:js|css|woff2|png|svg)$/;

/** Which encoding to answer with for an `Accept-Encoding` header: `br`, `gzip` or none. */
export function pickEncoding(accept = '') {
  const ok = (name) =>
    new RegExp(`(?:^|,)\\s*${name}\\s*(?:;\\s*q=(?!0(?:\\.0*)?\\b)[\\d.]+)?\\s*(?:,|$)`).test(accept);
  if (ok('br')) return 'br';
  if (ok('gzip')) return 'gzip';
  return undefined;
}

/** Compressed bodies, by file, modification time and encoding (a file is compressed once per change). */
const cache = new Map();
function body(file, mtime, encoding) {
  const key = `${file}\0${mtime}\0${encoding ?? ''}`;
  let b = cache.get(key);
  if (!b) {
    const raw = readFileSync(file);
    b =
      encoding === 'br'
        ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } })
        : encoding === 'gzip'
          ? gzipSync(raw, { level: 9 })
          : raw;
    cache.set(key, b);
  }
  return b;
}

/**
 * Serves `dir` on 127.0.0.1:`port` (0 = any free port; when `port` is taken and `fallback` is true,
 * any free port). Resolves with the server and its base URL.
 */
export function serveDir(dir, port = 0, fallback = true) {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    let file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const ext = extname(file);
    const { mtimeMs, size } = statSync(file);
    const etag = `"${createHash('sha1').update(`${file}:${mtimeMs}:${size}`).digest('base64url').slice(0, 16)}"`;
    const headers = {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'cache-control': HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
      etag,
      vary: 'Accept-Encoding',
    };
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers).end();
      return;
    }
    const encoding =
      COMPRESSIBLE.has(ext) && size > 1024
        ? pickEncoding(String(req.headers['accept-encoding'] ?? ''))
        : undefined;
    const out = body(file, mtimeMs, encoding);
    if (encoding) headers['content-encoding'] = encoding;
    headers['content-length'] = out.length;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : out);
  });
  return new Promise((resolve, reject) => {
    server.on('error', (e) => {
      if (e.code === 'EADDRINUSE' && fallback && port !== 0) server.listen(0, '127.0.0.1');
      else reject(e);
    });
    server.on('listening', () => resolve({ server, url: `http://localhost:${server.address().port}/` }));
    server.listen(port, '127.0.0.1');
  });
}
