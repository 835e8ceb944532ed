// Dev-server middleware for the browser tests: serves /__csp/page.html, a page with a strict
// Content-Security-Policy header that loads one CDN bundle and some widget tags, as a portal would.
// Tests open it in an iframe (see src/csp.ts) and read the violations it recorded.
// Query: `bundle` (one CDN bundle, or several separated by commas), `tags`, `lang`; `tt` adds Trusted Types
// enforcement (`require-trusted-types-for 'script'; trusted-types <tt>`, e.g. `tt=hbrs` or `tt='none'`);
// `lit=1` also loads a Lit app of the host's own (csp/other-lit-app.js, `<other-lit-app>`); `feed=/path/` sets
// the tags' feed attribute.
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:";

export async function cspMiddleware(ctx, next) {
  if (ctx.path !== '/__csp/page.html') return next();
  const bundles = String(ctx.query.bundle ?? 'hbrs-widgets.js').split(',');
  const tt = ctx.query.tt === undefined ? undefined : String(ctx.query.tt);
  if (!bundles.every((b) => /^[a-z0-9-]+\.js$/.test(b)) || (tt !== undefined && !/^[a-z0-9' -]+$/.test(tt))) {
    ctx.status = 400;
    ctx.body = 'bad bundle name';
    return undefined;
  }
  const tags = String(ctx.query.tags ?? '')
    .split(',')
    .filter((t) => /^hbrs-[a-z-]+$/.test(t));
  const lang = /^[a-zA-Z-]{2,10}$/.test(String(ctx.query.lang ?? '')) ? ctx.query.lang : 'zh-CN';
  ctx.set(
    'Content-Security-Policy',
    tt === undefined ? STRICT_CSP : `${STRICT_CSP}; require-trusted-types-for 'script'; trusted-types ${tt}`,
  );
  const otherLit = ctx.query.lit === '1';
  // `feed=/path/` gives every tag that feed (a same-origin path), e.g. the sample data's feed files.
  const feed = /^\/[\w/.-]+\/$/.test(String(ctx.query.feed ?? '')) ? String(ctx.query.feed) : undefined;
  const attrs = feed ? ` feed="${feed}"` : '';
  ctx.type = 'html';
  ctx.body = `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<title>CSP test page</title>
<script type="module" src="/packages/testing/csp/probe.js"></script>
${otherLit ? '<script type="module" src="/packages/testing/csp/other-lit-app.js"></script>\n' : ''}${bundles
    .map((b) => `<script type="module" src="/packages/widgets/dist/cdn/${b}"></script>`)
    .join('\n')}
</head>
<body>
${otherLit ? '<other-lit-app></other-lit-app>\n' : ''}${tags.map((t) => `<${t}${attrs}></${t}>`).join('\n')}
</body>
</html>`;
  return undefined;
}
