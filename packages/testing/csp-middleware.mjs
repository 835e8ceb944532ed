// Dev-server middleware for the browser tests: serves /__csp/page.html, a page with a strict
// Content-Security-Policy header that loads one CDN bundle and some widget tags, as a portal would.
// Tests open it in an iframe (see src/csp.ts) and read the violations it recorded.
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:";

export async function cspMiddleware(ctx, next) {
  if (ctx.path !== '/__csp/page.html') return next();
  const bundle = String(ctx.query.bundle ?? 'hbrs-widgets.js');
  if (!/^[a-z0-9-]+\.js$/.test(bundle)) {
    ctx.status = 400;
    ctx.body = 'bad bundle name';
    return undefined;
  }
  const tags = String(ctx.query.tags ?? '')
    .split(',')
    .filter((t) => /^hbrs-[a-z-]+$/.test(t));
  const lang = /^[a-zA-Z-]{2,10}$/.test(String(ctx.query.lang ?? '')) ? ctx.query.lang : 'zh-CN';
  ctx.set('Content-Security-Policy', STRICT_CSP);
  ctx.type = 'html';
  ctx.body = `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<title>CSP test page</title>
<script type="module" src="/packages/testing/csp/probe.js"></script>
<script type="module" src="/packages/widgets/dist/cdn/${bundle}"></script>
</head>
<body>
${tags.map((t) => `<${t}></${t}>`).join('\n')}
</body>
</html>`;
  return undefined;
}
