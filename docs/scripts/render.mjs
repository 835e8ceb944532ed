// Renders the docs' Markdown guides (docs/guide/*.md) and the widget reference (from
// packages/widgets/custom-elements.json) into docs/guide/*.html (generated, not committed), which Vite
// then builds together with the hand-written pages (index.html, demo/portal.html).
import { marked } from 'marked';
import { readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const docs = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = docs;
for (const f of readdirSync(join(docs, 'guide'))) if (f.endsWith('.html')) rmSync(join(docs, 'guide', f));

const readJson = (path, hint) => {
  if (!existsSync(path)) throw new Error(`${hint} (${path} is missing).`);
  return JSON.parse(readFileSync(path, 'utf8'));
};

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
  'react',
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
  const cdn = readJson(
    resolve(docs, '../packages/widgets/dist/cdn/manifest.json'),
    'Build @hbrs/widgets first',
  );
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
<h3>Embed</h3><pre><code>&lt;script type="module" src="/static/hbrs/${esc(cdn.version)}/${esc(d.tagName)}.js"
        integrity="${esc(cdn.files[`${d.tagName}.js`]?.integrity ?? '')}" crossorigin="anonymous"&gt;&lt;/script&gt;
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

// ---- partials: `<!-- hbrs:<name> -->` on a line of its own in a guide is replaced by generated Markdown ----------

/** A ready snippet per CDN bundle, with its real SRI hash, from the CDN manifest of this build. */
function cdnSnippets() {
  const m = readJson(
    resolve(docs, '../packages/widgets/dist/cdn/manifest.json'),
    'Build @hbrs/widgets first',
  );
  const dir = `/static/hbrs/${m.version}/`;
  const kb = (f) =>
    `${(m.files[f].gzipBytes / 1024).toFixed(1)} KB gzipped, without the chunks it loads on demand`;
  const script = (f) =>
    `<script type="module" src="${dir}${f}"\n        integrity="${m.files[f].integrity}" crossorigin="anonymous"></script>`;
  const bundles = Object.keys(m.files)
    .filter((f) => /^hbrs-[\w-]+\.js$/.test(f))
    .sort((a, b) => (a === 'hbrs-widgets.js' ? -1 : b === 'hbrs-widgets.js' ? 1 : a.localeCompare(b)));
  let md = `Generated from \`manifest.json\` of release ${m.version} when these docs were built: copy a snippet as it is
(the path assumes the folder is served at \`${dir}\`).\n\n`;
  for (const f of bundles) {
    const tag = f.slice(0, -3);
    const element =
      f === 'hbrs-widgets.js'
        ? '<!-- any widget, e.g. -->\n<hbrs-job-fairs></hbrs-job-fairs>'
        : `<${tag}></${tag}>`;
    md += `**\`${f}\`** (${kb(f)}):\n\n\`\`\`html\n${script(f)}\n${element}\n\`\`\`\n\n`;
  }
  if (m.files['themes.css'])
    md += `**\`themes.css\`** (page-level themes and large text):\n\n\`\`\`html\n<link rel="stylesheet" href="${dir}themes.css"\n      integrity="${m.files['themes.css'].integrity}" crossorigin="anonymous">\n\`\`\`\n`;
  return md;
}

/** The themes of `themes.css` with their 市州, colours and contrast, from the built @hbrs/core. */
async function themeTable() {
  const core = resolve(docs, '../packages/core/dist/tokens.js');
  if (!existsSync(core)) throw new Error('Build @hbrs/core first (dist/tokens.js is missing).');
  const { allThemes, cityThemes, contrastRatio, themes } = await import(pathToFileURL(core).href);
  const names = new Map(
    readFileSync(resolve(docs, '../packages/sample-data/reference-data/hubei-17-shizhou.csv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(',').slice(0, 2)),
  );
  let md =
    '| theme | 市州 | primary | tinted surface | primary on tint | in every widget |\n| --- | --- | --- | --- | --- | --- |\n';
  for (const [name, t] of Object.entries(allThemes())) {
    const c = cityThemes[name];
    const ratio = contrastRatio(t['color-primary'], t['color-surface-alt']).toFixed(1);
    md += `| \`${name}\` | ${names.get(c.division) ?? c.division} (${c.division}) | \`${t['color-primary']}\` | \`${t['color-surface-alt']}\` | ${ratio}:1 | ${name in themes ? 'yes' : 'with themes.css'} |\n`;
  }
  return md;
}

const PARTIALS = { 'cdn-snippets': cdnSnippets, themes: themeTable };

async function withPartials(md, name) {
  let out = md;
  for (const [, key] of md.matchAll(/^<!-- hbrs:([\w-]+) -->$/gm)) {
    const make = PARTIALS[key];
    if (!make) throw new Error(`${name}.md: unknown partial "${key}"`);
    out = out.replace(`<!-- hbrs:${key} -->`, await make());
  }
  return out;
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
  const md = await withPartials(readFileSync(join(docs, 'guide', `${name}.md`), 'utf8'), name);
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
