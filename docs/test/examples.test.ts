// Every code example of the guides (docs/guide/*.md) is checked against the code, so the guides cannot drift:
// - ```js / ```ts blocks that need no browser run under Node as ES modules, page by page in order (names a block
//   declares are seen by the page's later blocks, as a reader reads them), against a fake server for the example
//   hosts (feeds and the REST API answered from the sample data); a `console.log(x); // value` line must print
//   that value (`…` in the comment stands for anything);
// - blocks that need a browser (the DOM, the widgets) are parsed, their imports must exist, and every hbrs-* tag
//   and event they name must be in the custom-elements manifest;
// - ```html blocks are parsed: every <hbrs-*> element, attribute and enumerated value must be in the manifest,
//   and every CDN file a <script> names must be in the CDN manifest;
// - ```json blocks parse.
import { expect } from 'chai';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compactDecoder, API_PATHS, DEFAULT_FEED_FILES, type FeedKind } from '@hbrs/sdk';
import {
  ROOT,
  examples,
  importsOf,
  matches,
  needsBrowser,
  printed,
  syntaxErrors,
  toModule,
  type Example,
  type Expectation,
} from './examples.js';

const all = examples();
const code = all.filter((e) => e.lang === 'js' || e.lang === 'ts');
const runnable = code.filter((e) => !needsBrowser(e));
const browserOnly = code.filter(needsBrowser);

// ---- the custom-elements manifest -----------------------------------------------------------------------------

interface CemAttr {
  name: string;
  type?: { text: string };
}
interface CemDecl {
  tagName?: string;
  internal?: boolean;
  attributes?: CemAttr[];
  events?: Array<{ name: string }>;
}
const cem = JSON.parse(readFileSync(join(ROOT, 'packages/widgets/custom-elements.json'), 'utf8')) as {
  modules: Array<{ declarations?: CemDecl[] }>;
};
const elements = new Map(
  cem.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.tagName && !d.internal)
    .map((d) => [d.tagName!, d]),
);
const events = new Set([...elements.values()].flatMap((d) => (d.events ?? []).map((e) => e.name)));
const cdnManifest = JSON.parse(
  readFileSync(join(ROOT, 'packages/widgets/dist/cdn/manifest.json'), 'utf8'),
) as {
  files: Record<string, unknown>;
};

/** Type aliases of the packages' declarations (`type PensionMode = 'adjustment' | 'retirement'`). */
const aliases = new Map<string, string>();
const readDecls = (dir: string): void => {
  for (const f of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, f.name);
    if (f.isDirectory()) readDecls(p);
    else if (f.name.endsWith('.d.ts'))
      for (const [, name, type] of readFileSync(p, 'utf8').matchAll(/export type (\w+) = ([^;{]+);/g))
        aliases.set(name!, type!.replace(/\s+/g, ' '));
  }
};
for (const pkg of ['core', 'sdk', 'widgets']) readDecls(join(ROOT, 'packages', pkg, 'dist'));

/** The string values of an attribute whose type is a union of string literals (aliases followed), else undefined. */
function literalValues(a: CemAttr): string[] | undefined {
  const expand = (t: string, depth = 0): string[] =>
    t
      .split('|')
      .map((p) => p.trim())
      .flatMap((p) => (aliases.has(p) && depth < 5 ? expand(aliases.get(p)!, depth + 1) : [p]));
  const parts = expand(a.type?.text ?? '');
  const lit = parts.filter((p) => p !== 'undefined');
  if (lit.length === 0 || !lit.every((p) => /^'[^']*'$/.test(p))) return undefined;
  return lit.map((p) => p.slice(1, -1));
}

const GLOBAL_ATTRS = /^(?:id|class|lang|dir|hidden|slot|title|tabindex|role|aria-[a-z]+|data-[a-z-]+)$/;

/** What is wrong with the hbrs-* elements and the CDN script tags of an HTML block. */
function checkHtml(e: Example): string[] {
  const html = e.code.replace(/<!--[\s\S]*?-->/g, '');
  const bad: string[] = [];
  const open: string[] = [];
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][\w-]*)((?:\s+[\w-]+(?:="[^"]*")?)*)\s*(\/?)>/g)) {
    const [, close, tag, attrText] = m as unknown as [string, string, string, string];
    const attrs = [...attrText.matchAll(/([\w-]+)(?:="([^"]*)")?/g)].map((a) => ({
      name: a[1]!,
      value: a[2],
    }));
    if (tag.startsWith('hbrs-')) {
      if (close) {
        if (open.pop() !== tag) bad.push(`${e.where}: </${tag}> closes nothing`);
        continue;
      }
      open.push(tag);
      const d = elements.get(tag);
      if (!d) {
        bad.push(`${e.where}: <${tag}> is not a widget`);
        continue;
      }
      for (const a of attrs) {
        const known = d.attributes?.find((x) => x.name === a.name);
        if (!known) {
          if (!GLOBAL_ATTRS.test(a.name)) bad.push(`${e.where}: <${tag} ${a.name}> is not an attribute`);
          continue;
        }
        const values = literalValues(known);
        if (values && a.value !== undefined && !values.includes(a.value))
          bad.push(`${e.where}: <${tag} ${a.name}="${a.value}">: one of ${values.join(', ')}`);
      }
    } else if (tag === 'script' && !close) {
      const src = attrs.find((a) => a.name === 'src')?.value ?? '';
      const file = /\/(hbrs-[\w-]+\.js)$/.exec(src)?.[1];
      if (src && !file) bad.push(`${e.where}: <script src="${src}"> names no CDN bundle`);
      if (file && !cdnManifest.files[file]) bad.push(`${e.where}: ${file} is not in the CDN folder`);
    }
  }
  if (open.length) bad.push(`${e.where}: <${open.join('>, <')}> not closed`);
  return bad;
}

// ---- imports ------------------------------------------------------------------------------------------------------

/** The export names of a workspace package's subpath (from its built module and the modules it re-exports). */
function exportsOf(specifier: string): Set<string> {
  const m = /^(@hbrs\/[\w-]+)(\/.*)?$/.exec(specifier);
  if (!m) throw new Error(`${specifier}: not a workspace package`);
  const pkgDir = join(ROOT, 'packages', m[1]!.slice('@hbrs/'.length));
  const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as {
    exports: Record<string, string | { default: string }>;
  };
  const entry = pkg.exports[`.${m[2] ?? ''}`];
  if (!entry) throw new Error(`${specifier}: not exported by ${m[1]}`);
  const names = new Set<string>();
  const seen = new Set<string>();
  const read = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const src = readFileSync(file, 'utf8');
    for (const [, list] of src.matchAll(/export\s*(?:type\s*)?\{([^}]*)\}/g))
      for (const n of list!.split(',')) {
        const name = n
          .trim()
          .split(/\s+as\s+/)
          .pop()
          ?.replace(/^type\s+/, '');
        if (name) names.add(name);
      }
    for (const [, n] of src.matchAll(
      /export\s+(?:declare\s+)?(?:const|let|function|class|interface|type)\s+(\w+)/g,
    ))
      names.add(n!);
    for (const [, from] of src.matchAll(/export\s*\*\s*from\s*'([^']+)'/g)) read(join(dirname(file), from!));
  };
  read(join(pkgDir, typeof entry === 'string' ? entry : entry.default));
  return names;
}

function checkImports(e: Example): string[] {
  const bad: string[] = [];
  for (const { from, names } of importsOf(e)) {
    if (!from.startsWith('@hbrs/')) continue;
    let have: Set<string>;
    try {
      have = exportsOf(from);
    } catch (err) {
      bad.push(`${e.where}: ${(err as Error).message}`);
      continue;
    }
    for (const n of names) if (!have.has(n)) bad.push(`${e.where}: ${from} has no export ${n}`);
  }
  return bad;
}

// ---- the example hosts ----------------------------------------------------------------------------------------------

/** The sample data as plain records per kind (the committed feed files; compact ones decoded). */
function sampleItems(kind: FeedKind): { meta: unknown; items: Array<Record<string, unknown>> } {
  const doc = JSON.parse(
    readFileSync(join(ROOT, 'packages/sample-data/feed', DEFAULT_FEED_FILES[kind]), 'utf8'),
  ) as { meta: unknown; encoding?: unknown; items: unknown };
  if (!doc.encoding) return { meta: doc.meta, items: doc.items as Array<Record<string, unknown>> };
  const enc = compactDecoder.parseEncoding(doc.encoding);
  if (!enc.ok) throw new Error(enc.issues.join('; '));
  const fail = (why: string): never => {
    throw new Error(why);
  };
  const items = compactDecoder
    .columnsToRows(doc.items, enc.encoding, fail)
    .map((r) => compactDecoder.decodeRow(r, enc.encoding) as Record<string, unknown>);
  return { meta: doc.meta, items };
}

const KINDS = Object.keys(DEFAULT_FEED_FILES) as FeedKind[];
const json = (body: unknown, status = 200): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/**
 * `fetch` for the hosts the examples name (`*.example.gov.cn`): `…/feeds/<file>` serves the sample feed files and
 * `…/v1/<collection>[/<id>]` answers as the REST API does (pages; 404 for an unknown id). Anything else fails.
 */
async function exampleFetch(input: string | URL | Request): Promise<Response> {
  const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
  if (!url.hostname.endsWith('.example.gov.cn'))
    throw new TypeError(`examples fetch only example hosts: ${url}`);
  const file = /\/feeds\/(.+)$/.exec(url.pathname)?.[1];
  if (file) {
    const kind = KINDS.find((k) => DEFAULT_FEED_FILES[k] === file);
    return kind
      ? json(JSON.parse(readFileSync(join(ROOT, 'packages/sample-data/feed', file), 'utf8')))
      : json({}, 404);
  }
  const rest = /\/v1\/(.+)$/.exec(url.pathname)?.[1] ?? '';
  for (const kind of KINDS) {
    const path = API_PATHS[kind];
    if (rest === path) {
      const { meta, items } = sampleItems(kind);
      const page = Number(url.searchParams.get('page') ?? 1);
      const pageSize = Number(url.searchParams.get('pageSize') ?? 50);
      const slice = items.slice((page - 1) * pageSize, page * pageSize);
      return json({ meta, items: slice, total: items.length, page, pageSize });
    }
    if (rest.startsWith(`${path}/`)) {
      const id = decodeURIComponent(rest.slice(path.length + 1));
      const item = sampleItems(kind).items.find((x) => x.id === id || x.code === id);
      return item ? json(item) : json({ code: 'not-found', message: `${id} not found` }, 404);
    }
  }
  return json({}, 404);
}

// ---- what a block may take as given (what the page says a reader has) ------------------------------------------

function givens(dir: string): Record<string, unknown> {
  const doc = (kind: FeedKind) =>
    JSON.parse(readFileSync(join(ROOT, 'packages/sample-data/feed', DEFAULT_FEED_FILES[kind]), 'utf8'));
  return {
    // publish-data: the bytes of a spreadsheet exported as CSV
    bytes: new TextEncoder().encode(
      '网点名称,所属银行,所在区县,网点地址,经度,纬度,营业时间,可办理业务\n' +
        '示例网点,工商银行,武昌区,武汉市武昌区中北路1号,114.348,30.559,周一至周五 9:00-17:00,社保卡挂失\n',
    ),
    // feed-format: the feed documents, and a folder to write the layout to
    jobFairsDoc: doc('job-fairs'),
    postdocDoc: doc('postdoc'),
    spDoc: doc('service-points'),
    divisions: doc('divisions'),
    out: dir,
    join,
    writeFile: async (path: string, body: string) => {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, body);
    },
  };
}

describe('guide examples', () => {
  it('are found (js/ts, html and json blocks in the guides)', () => {
    expect(runnable.length).to.be.greaterThan(20);
    expect(browserOnly.length).to.be.greaterThan(3);
    expect(all.filter((e) => e.lang === 'html').length).to.be.greaterThan(5);
  });

  it('parse, and import only what the packages export', () => {
    expect(code.flatMap(syntaxErrors)).to.deep.equal([]);
    expect(code.flatMap(checkImports)).to.deep.equal([]);
  });

  it('that need a browser name only widgets and events of the custom-elements manifest', () => {
    const bad: string[] = [];
    for (const e of browserOnly)
      for (const [, name] of e.code.matchAll(/['"<](hbrs-[a-z-]+)/g))
        if (!elements.has(name!) && !events.has(name!)) bad.push(`${e.where}: ${name}`);
    expect(bad).to.deep.equal([]);
  });

  it('in HTML use the widgets’ tags, attributes and values, and CDN files that exist', () => {
    expect(all.filter((e) => e.lang === 'html').flatMap(checkHtml)).to.deep.equal([]);
  });

  it('in JSON parse', () => {
    for (const e of all.filter((x) => x.lang === 'json'))
      expect(() => JSON.parse(e.code), e.where).to.not.throw();
  });

  for (const page of [...new Set(runnable.map((e) => e.page))]) {
    it(`in ${page} run, and print what they say`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'hbrs-doc-examples-'));
      // The modules live in the workspace's node_modules, so `@hbrs/*` resolve as in a portal's project.
      const modDir = join(ROOT, 'node_modules/.examples');
      mkdirSync(modDir, { recursive: true });
      const checked: Expectation[] = [];
      const given = givens(dir);
      const before = new Set(Object.keys(globalThis));
      const realFetch = globalThis.fetch;
      const log = console.log;
      const info = console.info;
      Object.assign(globalThis, given, {
        fetch: exampleFetch,
        __hbrsExpect: (where: string, expected: string, ...args: unknown[]) =>
          checked.push({ where, expected, actual: printed(args) }),
      });
      console.log = console.info = () => undefined;
      try {
        for (const e of runnable.filter((x) => x.page === page)) {
          const file = join(modDir, `${e.where.replace(/[^\w]/g, '-')}-${process.pid}.mjs`);
          writeFileSync(file, toModule(e));
          try {
            await import(pathToFileURL(file).href);
          } catch (err) {
            throw new Error(`${e.where}: ${(err as Error).message}`, { cause: err });
          } finally {
            rmSync(file, { force: true });
          }
        }
      } finally {
        console.log = log;
        console.info = info;
        globalThis.fetch = realFetch;
        for (const k of Object.keys(globalThis))
          if (!before.has(k)) delete (globalThis as Record<string, unknown>)[k];
        rmSync(dir, { recursive: true, force: true });
      }
      const wrong = checked.filter((c) => !matches(c.expected, c.actual));
      expect(wrong.map((c) => `${c.where}: says ${c.expected}, prints ${c.actual}`)).to.deep.equal([]);
    });
  }
});
