/**
 * `hbrs-feed preview`: a small static server on 127.0.0.1 that serves a feed directory under `/feed/`, the
 * widgets' CDN bundles under `/cdn/`, and a page at `/` with every widget reading the feed, as a web team's own
 * server would (brotli or gzip, ETag, Cache-Control, a strict Content-Security-Policy).
 * @module
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { FEED_FILES } from '../check.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:; connect-src 'self'; object-src 'none'; base-uri 'none'";

/** Where the widgets' CDN bundles are (the `@hbrs/widgets` package next to this one). */
function cdnDir(): string | undefined {
  try {
    const req = createRequire(import.meta.url);
    return join(dirname(req.resolve('@hbrs/widgets/package.json')), 'dist', 'cdn');
  } catch {
    return undefined;
  }
}

/** The preview page: one widget per kind present in the directory. */
export function previewPage(kinds: readonly string[]): string {
  const w: string[] = [];
  if (kinds.includes('job-fairs'))
    w.push('<h2>招聘会 Job fairs</h2>\n<hbrs-job-fairs feed="/feed/"></hbrs-job-fairs>');
  if (kinds.includes('service-points'))
    w.push('<h2>社银合作网点 Service points</h2>\n<hbrs-service-map feed="/feed/"></hbrs-service-map>');
  if (kinds.includes('postdoc'))
    w.push('<h2>博士后 Postdoc programmes</h2>\n<hbrs-postdoc-finder feed="/feed/"></hbrs-postdoc-finder>');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>hbrs-feed 预览 · preview</title>
<link rel="icon" href="data:,">
<script type="module" src="/cdn/hbrs-widgets.js"></script>
</head>
<body>
<main>
<h1>数据预览 · Preview of your feed</h1>
<p>本页在本机读取您的数据目录，仅供发布前检查。This page reads your feed directory on this computer only.</p>
${w.length ? w.join('\n') : '<p>目录中没有可预览的数据文件。No feed files to preview.</p>'}
</main>
</body>
</html>
`;
}

function send(req: IncomingMessage, res: ServerResponse, body: Buffer, type: string, cache: string): void {
  const etag = `"${createHash('sha1').update(body).digest('base64url').slice(0, 20)}"`;
  res.setHeader('Content-Type', type);
  res.setHeader('Cache-Control', cache);
  res.setHeader('ETag', etag);
  res.setHeader('Vary', 'Accept-Encoding');
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  if (type.startsWith('text/html')) res.setHeader('Content-Security-Policy', CSP);
  if (req.headers['if-none-match'] === etag) {
    res.statusCode = 304;
    res.end();
    return;
  }
  const accept = String(req.headers['accept-encoding'] ?? '');
  const encoding =
    body.length <= 1024
      ? undefined
      : /\bbr\b/.test(accept)
        ? 'br'
        : /\bgzip\b/.test(accept)
          ? 'gzip'
          : undefined;
  if (encoding) res.setHeader('Content-Encoding', encoding);
  res.end(
    encoding === 'br'
      ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
      : encoding === 'gzip'
        ? gzipSync(body)
        : body,
  );
}

/** A file under `root` for a URL path, or undefined when the path leaves `root`. */
function inside(root: string, urlPath: string): string | undefined {
  const p = resolve(root, `.${normalize(decodeURIComponent(urlPath))}`);
  return p === root || p.startsWith(root + sep) ? p : undefined;
}

/** Starts the preview server; `port` 0 picks a free one. */
export async function startPreview(
  dir: string,
  port: number,
): Promise<{ url: string; close: () => Promise<void> }> {
  const root = resolve(dir);
  const cdn = cdnDir();
  const server = createServer((req, res) => {
    void (async () => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      try {
        if (path === '/' || path === '/index.html') {
          const kinds = [];
          for (const [kind, file] of Object.entries(FEED_FILES)) {
            if (
              await stat(join(root, file)).then(
                () => true,
                () => false,
              )
            )
              kinds.push(kind);
          }
          return send(req, res, Buffer.from(previewPage(kinds)), TYPES['.html'] ?? '', 'no-cache');
        }
        const [base, sub, cache] = path.startsWith('/feed/')
          ? [root, path.slice(5), 'no-cache']
          : path.startsWith('/cdn/') && cdn
            ? [cdn, path.slice(4), 'public, max-age=300']
            : [undefined, '', ''];
        const file = base ? inside(base, sub) : undefined;
        if (!file) throw Object.assign(new Error('not found'), { code: 'ENOENT' });
        const type = TYPES[extname(file)] ?? 'application/octet-stream';
        send(req, res, await readFile(file), type, cache);
      } catch {
        res.statusCode = 404;
        res.setHeader('Content-Type', 'text/plain; charset=utf-8');
        res.end(path.startsWith('/cdn/') && !cdn ? 'widgets not found: install @hbrs/widgets' : 'not found');
      }
    })();
  });
  await new Promise<void>((ok, fail) => server.once('error', fail).listen(port, '127.0.0.1', () => ok()));
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actual}/`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
