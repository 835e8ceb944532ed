// Renders the docs' Markdown guides (docs/guide/*.md) and the widget reference (from
// packages/widgets/custom-elements.json) into docs/guide/*.html (generated, not committed), which Vite
// then builds together with the hand-written pages (index.html, demo/portal.html).
import { marked } from 'marked';
import { readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const docs = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = docs;
for (const f of readdirSync(join(docs, 'guide'))) if (f.endsWith('.html')) rmSync(join(docs, 'guide', f));

const esc = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Guides in nav order; pages not listed here are appended alphabetically. */
const ORDER = [
  'getting-started',
  'publish-data',
  'job-fairs',
  'retirement-age',
  'pension-estimator',
  'postdoc-finder',
  'service-map',
  'widgets',
  'sdk',
  'feed-format',
  'policy',
  'theming',
  'csp',
  'accessibility',
];

export function page(title, body, depth = 1) {
  const up = '../'.repeat(depth);
  // A page with live widgets loads the CDN bundle exactly as a portal would.
  const live = /<hbrs-[a-z]/.test(body)
    ? '<script type="module" src="/cdn/hbrs-widgets.js"></script>\n<link rel="stylesheet" href="/cdn/themes.css">\n'
    : '';
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${esc(title)} · hbrs</title>
<link rel="stylesheet" href="${up}src/site.css">
${live}
</head>
<body>
<a class="skip" href="#main">跳到正文 Skip to content</a>
<header class="site"><a href="${up}index.html">hbrs 湖北人社组件</a>
<nav aria-label="Docs"><a href="${up}demo/portal.html">Demo portal</a> <a href="${up}guide/getting-started.html">Guides</a> <a href="${up}guide/widgets.html">Widget reference</a> <a href="${up}check/index.html">数据校验 Check your data</a> <a href="${up}api/index.html">SDK API</a></nav></header>
<main id="main" class="doc">
${body}
</main>
</body>
</html>
`;
}

function widgetReference() {
  const cemPath = resolve(docs, '../packages/widgets/custom-elements.json');
  if (!existsSync(cemPath)) throw new Error('Build @hbrs/widgets first (custom-elements.json is missing).');
  const cem = JSON.parse(readFileSync(cemPath, 'utf8'));
  const table = (rows, cols) =>
    rows?.length
      ? `<table><thead><tr>${cols.map((c) => `<th scope="col">${esc(c[0])}</th>`).join('')}</tr></thead><tbody>${rows
          .map((r) => `<tr>${cols.map((c) => `<td>${esc(c[1](r))}</td>`).join('')}</tr>`)
          .join('')}</tbody></table>`
      : '<p>None.</p>';
  let html = '<h1>Widget reference</h1><p>Generated from <code>custom-elements.json</code>.</p>';
  const elements = cem.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.customElement && d.tagName);
  // Sub-elements (`"internal": true`, `"partOf"` their widget) are named under their widget, not documented as API.
  const partsOf = (tag) => elements.filter((d) => d.internal && d.partOf === tag);
  for (const mod of cem.modules) {
    for (const d of mod.declarations ?? []) {
      if (!d.customElement || !d.tagName || d.internal) continue;
      const parts = partsOf(d.tagName);
      const props = (d.members ?? []).filter((m) => m.kind === 'field' && !m.privacy && !m.static);
      html += `<section><h2 id="${esc(d.tagName)}"><code>&lt;${esc(d.tagName)}&gt;</code></h2>
<p>${esc(d.summary ?? '')}</p><p>${esc(d.description ?? '')}</p>
<h3>Embed</h3><pre><code>&lt;script type="module" src="https://your-cdn.example/hbrs/${esc(d.tagName)}.js"&gt;&lt;/script&gt;
&lt;${esc(d.tagName)}&gt;&lt;/${esc(d.tagName)}&gt;</code></pre>
${
  parts.length
    ? `<p>Internal parts (rendered inside it, not a public API; themed by the same tokens): ${parts
        .map((p) => `<code>&lt;${esc(p.tagName)}&gt;</code>`)
        .join(', ')}. Their events that bubble out are listed below.</p>`
    : ''
}
<h3>Attributes</h3>${table(d.attributes, [
        ['Name', (a) => a.name],
        ['Type', (a) => a.type?.text],
        ['Default', (a) => a.default],
        ['Description', (a) => a.description],
      ])}
<h3>Properties</h3>${table(props, [
        ['Name', (a) => a.name],
        ['Type', (a) => a.type?.text],
        ['Description', (a) => a.description],
      ])}
<h3>Events</h3>${table(d.events, [
        ['Name', (a) => a.name],
        ['Description', (a) => a.description],
      ])}
<h3>CSS parts</h3>${table(d.cssParts, [
        ['Name', (a) => a.name],
        ['Description', (a) => a.description],
      ])}
<h3>CSS custom properties</h3>${table(d.cssProperties, [
        ['Name', (a) => a.name],
        ['Default', (a) => a.default],
        ['Description', (a) => a.description],
      ])}
<h3>Slots</h3>${table(d.slots, [
        ['Name', (a) => a.name || '(default)'],
        ['Description', (a) => a.description],
      ])}
</section>`;
    }
  }
  return html;
}

const guides = readdirSync(join(docs, 'guide'))
  .filter((f) => f.endsWith('.md'))
  .map((f) => f.slice(0, -3));
guides.sort((a, b) => {
  const ia = ORDER.indexOf(a) === -1 ? 99 : ORDER.indexOf(a);
  const ib = ORDER.indexOf(b) === -1 ? 99 : ORDER.indexOf(b);
  return ia - ib || a.localeCompare(b);
});
const titles = {};
for (const name of guides) {
  const md = readFileSync(join(docs, 'guide', `${name}.md`), 'utf8');
  // Plain text for <title> and the sidebar: the heading's Markdown code spans lose their backticks.
  titles[name] = (/^#\s+(.+)$/m.exec(md)?.[1] ?? name).replace(/`([^`]*)`/g, '$1');
}
titles.widgets = 'Widget reference';
const nav = (current) =>
  `<nav class="guides" aria-label="Guides"><ul>${[...new Set([...guides, 'widgets'])]
    .map(
      (n) =>
        `<li><a href="${n}.html"${n === current ? ' aria-current="page"' : ''}>${esc(titles[n])}</a></li>`,
    )
    .join('')}</ul></nav>`;

for (const name of guides) {
  const md = readFileSync(join(docs, 'guide', `${name}.md`), 'utf8');
  writeFileSync(
    join(out, 'guide', `${name}.html`),
    page(titles[name], nav(name) + `<article>${marked.parse(md)}</article>`, 1),
  );
}
writeFileSync(
  join(out, 'guide', 'widgets.html'),
  page('Widget reference', nav('widgets') + `<article>${widgetReference()}</article>`, 1),
);
console.log(`docs: rendered ${guides.length} guide(s) and the widget reference into docs/guide/`);
