// The 数据校验 / Check your data page in Chromium, with a real workbook (fixtures/service-points.xlsx, written by
// fixtures/make-fixtures.mjs with exceljs): the exact rows rejected and shown, the live preview, the downloads,
// bad input, English, and the page itself under its own strict Content-Security-Policy.
import { expect, waitUntil } from '@open-wc/testing';
import * as feedLib from '@hbrs/feed';
import { createClient, parseFeed } from '@hbrs/sdk';
import { expectAccessible, press, tab } from '@hbrs/testing';
import { mountCheck, type CheckPage, type FeedLibrary } from './check.js';

const here = (path: string): string => new URL(path, import.meta.url).href;
const fixture = async (): Promise<Uint8Array> =>
  new Uint8Array(await (await fetch(here('./fixtures/service-points.xlsx'))).arrayBuffer());

const mounted: HTMLElement[] = [];

/** The page's real `<main>` (from index.html), mounted in this document. */
async function openPage(options: Parameters<typeof mountCheck>[1] = {}): Promise<{
  main: HTMLElement;
  page: CheckPage;
  $: <T extends Element = HTMLElement>(sel: string) => T;
}> {
  const html = await (await fetch(here('./index.html'))).text();
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const main = document.importNode(parsed.querySelector('main')!, true);
  document.body.append(main);
  mounted.push(main);
  const page = mountCheck(main, { now: () => new Date('2026-12-02T00:00:00Z'), ...options });
  const $ = <T extends Element = HTMLElement>(sel: string): T => {
    const el = main.querySelector<T>(sel);
    if (!el) throw new Error(`${sel} not found`);
    return el;
  };
  return { main, page, $ };
}

/** Chooses files in the file input as a person does (a real `FileList`, a `change` event). */
function choose(input: HTMLInputElement, files: { name: string; bytes: Uint8Array; type?: string }[]): void {
  const dt = new DataTransfer();
  for (const f of files) dt.items.add(new File([f.bytes as BlobPart], f.name, { type: f.type ?? '' }));
  input.files = dt.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const cells = (table: HTMLTableElement): string[][] =>
  [...table.tBodies[0]!.rows].map((tr) => [...tr.cells].map((c) => c.textContent!.trim()));

const settled = (main: HTMLElement) =>
  waitUntil(() => !main.querySelector('#results')!.hasAttribute('aria-busy'), 'check did not finish', {
    timeout: 8000,
  });

/** What the library itself says for these inputs (the page must show exactly that). */
async function libraryError(kind: string, files: feedLib.InputFile[]): Promise<feedLib.InputError> {
  try {
    await feedLib.buildFeed(kind, files);
  } catch (e) {
    if (e instanceof feedLib.InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
}

const REJECTED = [
  ['5', '网点名称', 'no-name', '缺少网点名称。'],
  ['6', '经度', 'outside-hubei', '坐标（121.47, 31.23）不在湖北省范围内，请检查经纬度和坐标系。'],
  ['9', '网点名称', 'duplicate', '与第 3 行重复（名称和地址相同）。'],
  ['10', '所在区县', 'unknown-division', '“武昌去”不是湖北省的区县（请检查错别字）。'],
  ['11', '可办理业务', 'no-services', '没有可识别的可办理业务。'],
];
const WARNINGS = [
  ['4', '所在区县', 'county-from-address', '区县为空，已从地址识别为“洪山区”。'],
  ['4', '所属银行', 'bank-short-name', '银行“建行”识别为中国建设银行。'],
  ['11', '可办理业务', 'unknown-service', '业务“外币兑换”无法识别，已忽略。'],
];
const ACCEPTED = ['中国工商银行武汉武昌支行', '建行洪山支行', '中国邮政储蓄银行宜昌西陵支行'];

describe('docs: 数据校验 / Check your data page', function () {
  this.timeout(30_000);

  afterEach(() => {
    for (const m of mounted.splice(0)) m.remove();
    document.documentElement.lang = 'zh-CN';
  });

  it('checks a real .xlsx: counts, exactly the rejected rows and warnings in the tables, a live preview, downloads the SDK parses', async () => {
    const { main, page, $ } = await openPage();
    await page.ready;
    const kind = $<HTMLSelectElement>('#check-kind');
    expect(kind.disabled).to.equal(false);
    expect([...kind.options].map((o) => o.value)).to.deep.equal([...feedLib.BUILD_KINDS]);

    const loaded = new Promise<CustomEvent<{ count: number; sample: boolean }>>((resolve) =>
      main.addEventListener(
        'hbrs-load',
        (e) => resolve(e as CustomEvent<{ count: number; sample: boolean }>),
        {
          once: true,
        },
      ),
    );
    choose($<HTMLInputElement>('#check-file'), [{ name: 'service-points.xlsx', bytes: await fixture() }]);
    await settled(main);

    // The live region says it in one sentence; the counts agree.
    expect($('#check-status').getAttribute('role')).to.equal('status');
    expect($('#check-status').textContent).to.equal(
      '“service-points.xlsx”检查完成：共 8 行，接受 3 行，拒绝 5 行，警告 3 条。',
    );
    expect($('#check-error').hidden).to.equal(true);
    const count = (k: string) => $(`[data-count=${k}]`).textContent;
    expect([count('rows'), count('accepted'), count('rejected'), count('warnings')]).to.deep.equal([
      '8',
      '3',
      '5',
      '3',
    ]);

    // Every rejected row and every warning, by Excel row (the title row and a blank row are counted as Excel does).
    const rejected = $<HTMLTableElement>('table.rejected');
    expect(rejected.caption!.textContent).to.equal('被拒绝的行（5）');
    expect([...rejected.tHead!.querySelectorAll('th')].map((th) => [th.scope, th.textContent])).to.deep.equal(
      [
        ['col', 'Excel 行号'],
        ['col', '列'],
        ['col', '代码'],
        ['col', '说明'],
      ],
    );
    expect([...rejected.tBodies[0]!.rows].every((tr) => tr.cells[0]!.matches('th[scope=row]'))).to.equal(
      true,
    );
    expect(cells(rejected)).to.deep.equal(REJECTED);
    const warnings = $<HTMLTableElement>('table.warnings');
    expect(warnings.caption!.textContent).to.equal('警告（3）');
    expect(cells(warnings)).to.deep.equal(WARNINGS);
    expect(page.result!.report.rejected.map((i) => i.row)).to.deep.equal([5, 6, 9, 10, 11]);

    // The widget reads the feed just built (not the sample data) from memory.
    const widget = $<HTMLElement & { updateComplete: Promise<unknown> }>('.preview hbrs-service-map');
    expect((await loaded).detail).to.deep.equal({ count: 3, sample: false });
    await widget.updateComplete;
    await waitUntil(
      () => ACCEPTED.every((name) => widget.shadowRoot!.textContent!.includes(name)),
      'names shown',
    );
    expect(widget.shadowRoot!.querySelector('[part=sample-notice]')).to.equal(null);

    // The feed download is a feed the SDK reads; the report download is the report.
    const feedLink = $<HTMLAnchorElement>('a[data-download=feed]');
    expect(feedLink.download).to.equal('service-points.json');
    expect(feedLink.href).to.match(/^blob:/);
    const text = await (await fetch(feedLink.href)).text();
    const diagnostics: unknown[] = [];
    const parsed = parseFeed('service-points', JSON.parse(text), {
      onDiagnostic: (d) => diagnostics.push(d),
    });
    expect(diagnostics).to.deep.equal([]);
    expect(parsed.meta.sample).to.equal(false);
    expect(parsed.meta.generatedAt).to.equal('2026-12-02T08:00:00+08:00');
    expect(parsed.items.map((p) => p.name)).to.deep.equal(ACCEPTED);
    const client = createClient({
      feed: 'https://example.invalid/feed/',
      fetch: () => Promise.resolve(new Response(text, { headers: { 'content-type': 'application/json' } })),
    });
    const found = await client.servicePoints.query({ keyword: 'wuchang' });
    expect(found.items.map((p) => p.name)).to.deep.equal(['中国工商银行武汉武昌支行']);
    const reportLink = $<HTMLAnchorElement>('a[data-download=report]');
    expect(reportLink.download).to.equal('service-points.report.json');
    expect(await (await fetch(reportLink.href)).json()).to.deep.equal(page.result!.report);

    await expectAccessible(main);
  });

  it('in English: English headers and messages with the Chinese original, and the same rows', async () => {
    const { main, page, $ } = await openPage();
    await page.ready;
    choose($<HTMLInputElement>('#check-file'), [{ name: 'service-points.xlsx', bytes: await fixture() }]);
    await settled(main);
    const lang = $<HTMLSelectElement>('#check-lang');
    lang.value = 'en';
    lang.dispatchEvent(new Event('change', { bubbles: true }));
    expect(document.documentElement.lang).to.equal('en');
    expect($('#check-status').textContent).to.equal(
      '"service-points.xlsx" checked: 8 rows, 3 accepted, 5 rejected, 3 warnings.',
    );
    const rejected = $<HTMLTableElement>('table.rejected');
    expect(rejected.caption!.textContent).to.equal('Rejected rows (5)');
    expect([...rejected.tHead!.querySelectorAll('th')].map((th) => th.textContent)).to.deep.equal([
      'Excel row',
      'Column',
      'Code',
      'Message',
    ]);
    const first = rejected.tBodies[0]!.rows[0]!;
    expect(first.querySelector('[lang=en]')!.textContent).to.equal('No name.');
    expect(first.querySelector('[lang=zh-CN]')!.textContent).to.equal('缺少网点名称。');
    expect(cells(rejected).map((r) => [r[0], r[2]])).to.deep.equal(REJECTED.map((r) => [r[0], r[2]]));
    expect($('a[data-download=feed]').textContent).to.equal('Download the feed service-points.json');
    await expectAccessible(main);
  });

  it('by keyboard: file, kind, template, coordinate system (re-checks: GCJ-02 → WGS-84 moves the points), language, downloads', async () => {
    const { main, page, $ } = await openPage();
    await page.ready;
    const input = $<HTMLInputElement>('#check-file');
    choose(input, [{ name: 'service-points.xlsx', bytes: await fixture() }]);
    await settled(main);
    const wgs = (page.result!.feed.items as { location: { lng: number } }[])[0]!.location.lng;
    input.focus();
    await tab();
    expect(document.activeElement).to.equal($('#check-kind'));
    await tab();
    expect(document.activeElement).to.equal($('#check-template'));
    await tab();
    expect(document.activeElement).to.equal($('input[name=crs][value=wgs84]'));
    await press('ArrowDown');
    expect($<HTMLInputElement>('input[name=crs][value=gcj02]').checked).to.equal(true);
    await waitUntil(
      () => (page.result!.feed.items as { location: { lng: number } }[])[0]!.location.lng !== wgs,
      'not re-checked',
    );
    await settled(main);
    const rows = cells($<HTMLTableElement>('table.rejected'));
    expect(rows.map((r) => r.slice(0, 3))).to.deep.equal(REJECTED.map((r) => r.slice(0, 3)));
    // The Shanghai point, now read as GCJ-02, is reported in WGS-84.
    expect(rows[1]![3]).to.equal('坐标（121.465451, 31.23192）不在湖北省范围内，请检查经纬度和坐标系。');
    await tab();
    expect(document.activeElement).to.equal($('#check-lang'));
    await tab();
    expect(document.activeElement).to.equal($('a[data-download=feed]'));
    await tab();
    expect(document.activeElement).to.equal($('a[data-download=report]'));
  });

  it('bad input: the library’s own message in the alert, and nothing to download', async () => {
    const { main, page, $ } = await openPage();
    await page.ready;
    const input = $<HTMLInputElement>('#check-file');
    const alert = $('#check-error');
    expect(alert.getAttribute('role')).to.equal('alert');
    const cases: { name: string; bytes: Uint8Array }[] = [
      { name: 'broken.xlsx', bytes: new TextEncoder().encode('this is not a workbook') },
      { name: 'no-header.csv', bytes: new TextEncoder().encode('甲,乙,丙\n1,2,3\n') },
      { name: 'old.xls', bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]) },
      { name: 'bad.json', bytes: new TextEncoder().encode('{ not json') },
    ];
    for (const c of cases) {
      choose(input, [c]);
      await settled(main);
      const expected = await libraryError('service-points', [c]);
      expect(alert.hidden, c.name).to.equal(false);
      expect(alert.textContent, c.name).to.equal(expected.message);
      expect($('#check-status').textContent).to.equal(`“${c.name}”无法检查，原因见下方。`);
      expect($('#check-output').hidden).to.equal(true);
      expect(main.querySelector('a[data-download]')).to.equal(null);
    }
    expect(alert.textContent).to.contain('不是有效的 JSON');
    // The no-header message names the file and the columns a header needs.
    const noHeader = await libraryError('service-points', [cases[1]!]);
    expect(noHeader.message).to.contain('找不到表头行');

    // Dropping a good file on the drop zone after that clears the alert.
    const dt = new DataTransfer();
    dt.items.add(new File([(await fixture()) as BlobPart], 'service-points.xlsx'));
    const drop = $('#drop');
    drop.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    expect(drop.classList.contains('over')).to.equal(true);
    drop.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    expect(drop.classList.contains('over')).to.equal(false);
    await waitUntil(() => page.result !== undefined, 'dropped file not checked');
    await settled(main);
    expect(alert.hidden).to.equal(true);
    expect(cells($<HTMLTableElement>('table.rejected'))).to.deep.equal(REJECTED);
    await expectAccessible(main);
  });

  for (const [kind, tag, title] of [
    ['job-fairs', 'hbrs-job-fairs', '招聘会'],
    ['postdoc', 'hbrs-postdoc-finder', '博士后站点'],
  ] as const) {
    it(`${kind}: the template downloaded from the page checks clean and previews in <${tag}>`, async () => {
      const { main, page, $ } = await openPage();
      await page.ready;
      const kind$ = $<HTMLSelectElement>('#check-kind');
      kind$.value = kind;
      kind$.dispatchEvent(new Event('change', { bubbles: true }));
      // The page's own template download: a real .xlsx made in the browser.
      const clicked = new Promise<HTMLAnchorElement>((resolve) =>
        main.addEventListener('click', (e) => {
          const a = e.target as HTMLElement;
          if (a instanceof HTMLAnchorElement && a.download) {
            e.preventDefault();
            resolve(a);
          }
        }),
      );
      $<HTMLButtonElement>('#check-template').click();
      const link = await clicked;
      expect(link.download).to.equal(`${kind}-template.xlsx`);
      const bytes = new Uint8Array(await (await fetch(link.href)).arrayBuffer());
      const sheets = await feedLib.readSheets({ name: link.download, bytes });
      expect(sheets[0]?.name).to.equal(title);

      choose($<HTMLInputElement>('#check-file'), [{ name: link.download, bytes }]);
      await settled(main);
      expect(page.result?.kind).to.equal(kind);
      expect(page.result?.report.rejected).to.deep.equal([]);
      expect(page.result?.report.warnings).to.deep.equal([]);
      expect(page.result?.report.records).to.equal(1);
      const widget = $<HTMLElement & { updateComplete: Promise<unknown> }>(`.preview ${tag}`);
      await widget.updateComplete;
      const items = page.result?.feed.items as { name?: string; host?: { name: string } }[];
      const name = items[0]?.name ?? items[0]?.host?.name ?? '';
      await waitUntil(() => widget.shadowRoot?.textContent?.includes(name), `${name} shown in ${tag}`, {
        timeout: 8000,
      });
      await expectAccessible(main);
    });
  }

  it('a kind the library cannot build yet shows the library’s InputError', async () => {
    // Kinds being added to @hbrs/feed may be listed before they can be built: add one that certainly cannot be.
    const lib = { ...feedLib, BUILD_KINDS: [...feedLib.BUILD_KINDS, 'not-yet'] } as unknown as FeedLibrary;
    const { main, page, $ } = await openPage({ loadLibrary: () => Promise.resolve(lib) });
    await page.ready;
    const kind = $<HTMLSelectElement>('#check-kind');
    expect([...kind.options].map((o) => o.value)).to.include('not-yet');
    const file = { name: 'service-points.xlsx', bytes: await fixture() };
    choose($<HTMLInputElement>('#check-file'), [file]);
    await settled(main);
    expect($('#check-error').hidden).to.equal(true);
    for (const k of [...feedLib.BUILD_KINDS, 'not-yet'].filter((k) => !feedLib.kindSpec(k))) {
      kind.value = k;
      kind.dispatchEvent(new Event('change', { bubbles: true }));
      await waitUntil(() => page.result === undefined, `${k}: no error`);
      await settled(main);
      expect($('#check-error').textContent, k).to.equal((await libraryError(k, [file])).message);
    }
    expect($('#check-error').textContent).to.contain('not-yet');
  });

  it('says so in plain words when the checker cannot be loaded', async () => {
    const { $, page } = await openPage({ loadLibrary: () => Promise.reject(new Error('offline')) });
    await page.ready;
    expect($('#check-error').hidden).to.equal(false);
    expect($('#check-error').textContent).to.equal('校验程序加载失败：offline。请刷新页面重试。');
    expect($<HTMLSelectElement>('#check-kind').disabled).to.equal(true);
  });

  it('runs as a page under its own strict CSP (module script files only)', async () => {
    const iframe = document.createElement('iframe');
    iframe.title = 'check page';
    iframe.width = '1000';
    iframe.height = '800';
    iframe.src = here('./index.html');
    const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
    document.body.append(iframe);
    try {
      await loaded;
      const win = iframe.contentWindow as Window & typeof globalThis;
      const doc = iframe.contentDocument!;
      const violations: string[] = [];
      doc.addEventListener('securitypolicyviolation', (e) =>
        violations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
      expect(
        doc.querySelector('meta[http-equiv=Content-Security-Policy]')!.getAttribute('content'),
      ).to.contain("script-src 'self'");
      const kind = doc.getElementById('check-kind') as HTMLSelectElement;
      await waitUntil(() => !kind.disabled, 'the page script did not run', { timeout: 15_000 });
      const input = doc.getElementById('check-file') as HTMLInputElement;
      const dt = new win.DataTransfer();
      dt.items.add(new win.File([(await fixture()) as BlobPart], 'service-points.xlsx'));
      input.files = dt.files;
      input.dispatchEvent(new win.Event('change', { bubbles: true }));
      await waitUntil(() => doc.querySelector('table.rejected'), 'no table', { timeout: 15_000 });
      const table = doc.querySelector('table.rejected') as HTMLTableElement;
      expect(cells(table)).to.deep.equal(REJECTED);
      await waitUntil(
        () => doc.querySelector('hbrs-service-map')?.shadowRoot?.textContent?.includes(ACCEPTED[0]!),
        'no preview',
        { timeout: 15_000 },
      );
      expect(violations).to.deep.equal([]);
      // The policy is really enforced (and the listener hears it): an inline style is refused.
      const style = doc.createElement('style');
      style.textContent = 'body { color: red }';
      doc.head.append(style);
      await waitUntil(() => violations.length > 0, 'inline style not refused');
      expect(violations[0]).to.match(/^style-src/);
    } finally {
      iframe.remove();
    }
  });
});
