/**
 * The 数据校验 / Check your data page: a department's spreadsheet in, the `@hbrs/feed` report out (counts, every
 * rejected row and every warning in a table), a live preview of the matching widget reading the built feed, and
 * downloads of the feed and the report. Everything runs in the browser: the file is read with `File.arrayBuffer()`
 * and never sent anywhere; the widget reads the feed through an SDK client whose `fetch` answers from memory.
 *
 * The DOM is built with `createElement` and `textContent` only (no HTML strings, no `style=`), so the page runs
 * under a strict Content-Security-Policy.
 * @module
 */
import type * as Feed from '@hbrs/feed';
import type { BuildResult, InputFile, RowIssue } from '@hbrs/feed';
import { createClient, DEFAULT_FEED_FILES, type FeedKind, type HbrsClient } from '@hbrs/sdk';

/** The library, loaded on first use (exceljs, Papa Parse and pinyin-pro are in its chunk, not the page's). */
export type FeedLibrary = typeof Feed;

type Lang = 'zh' | 'en';

/** The widget that shows each kind. */
const WIDGETS: Readonly<Record<string, { tag: string; load: () => Promise<unknown> }>> = {
  'service-points': { tag: 'hbrs-service-map', load: () => import('@hbrs/widgets/service-map/define') },
  'job-fairs': { tag: 'hbrs-job-fairs', load: () => import('@hbrs/widgets/job-fairs/define') },
  postdoc: { tag: 'hbrs-postdoc-finder', load: () => import('@hbrs/widgets/postdoc-finder/define') },
};

const KIND_NAMES: Readonly<Record<string, { zh: string; en: string }>> = {
  'service-points': { zh: '社银合作网点', en: 'Service points' },
  'job-fairs': { zh: '招聘会', en: 'Job fairs' },
  postdoc: { zh: '博士后招收', en: 'Postdoc programmes' },
};

const n = (x: number, lang: Lang): string => x.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en');

const TEXT = {
  zh: {
    loading: '正在加载校验程序…',
    idle: '尚未选择文件。',
    loadFailed: (why: string) => `校验程序加载失败：${why}。请刷新页面重试。`,
    checking: (files: string) => `正在检查“${files}”…`,
    summary: (files: string, r: BuildResult['report']) =>
      `“${files}”检查完成：共 ${n(r.rows, 'zh')} 行，接受 ${n(r.accepted, 'zh')} 行，拒绝 ${n(r.rejected.length, 'zh')} 行，警告 ${n(r.warnings.length, 'zh')} 条。`,
    failed: (files: string) => `“${files}”无法检查，原因见下方。`,
    unreadable: (files: string, why: string) => `无法读取“${files}”：${why}`,
    counts: '统计',
    rows: '数据行',
    accepted: '接受',
    rejected: '拒绝',
    warnings: '警告',
    rejectedCaption: (k: number) => `被拒绝的行（${n(k, 'zh')}）`,
    warningsCaption: (k: number) => `警告（${n(k, 'zh')}）`,
    noRejected: '没有被拒绝的行。',
    noWarnings: '没有警告。',
    sheet: '工作表',
    row: 'Excel 行号',
    column: '列',
    code: '代码',
    message: '说明',
    wholeFile: '整个文件',
    downloads: '下载',
    downloadFeed: (f: string) => `下载数据文件 ${f}`,
    downloadReport: (f: string) => `下载检查报告 ${f}`,
    downloadNote:
      '把数据文件放到门户的数据目录中，组件即可读取；命令行工具 hbrs-feed build 还会写出区划文件 divisions.json。',
    preview: '预览',
    previewNote: '下面的组件读取的是刚生成的数据（仅在本页内存中）。',
    noPreview: '没有被接受的记录，无法预览。',
    noWidget: '这种数据类型暂无预览组件。',
  },
  en: {
    loading: 'Loading the checker…',
    idle: 'No file chosen yet.',
    loadFailed: (why: string) => `The checker could not be loaded: ${why}. Reload the page to try again.`,
    checking: (files: string) => `Checking "${files}"…`,
    summary: (files: string, r: BuildResult['report']) =>
      `"${files}" checked: ${n(r.rows, 'en')} rows, ${n(r.accepted, 'en')} accepted, ${n(r.rejected.length, 'en')} rejected, ${n(r.warnings.length, 'en')} warnings.`,
    failed: (files: string) => `"${files}" could not be checked: see below.`,
    unreadable: (files: string, why: string) => `Cannot read "${files}": ${why}`,
    counts: 'Counts',
    rows: 'Data rows',
    accepted: 'Accepted',
    rejected: 'Rejected',
    warnings: 'Warnings',
    rejectedCaption: (k: number) => `Rejected rows (${n(k, 'en')})`,
    warningsCaption: (k: number) => `Warnings (${n(k, 'en')})`,
    noRejected: 'No rows were rejected.',
    noWarnings: 'No warnings.',
    sheet: 'Sheet',
    row: 'Excel row',
    column: 'Column',
    code: 'Code',
    message: 'Message',
    wholeFile: 'whole file',
    downloads: 'Downloads',
    downloadFeed: (f: string) => `Download the feed ${f}`,
    downloadReport: (f: string) => `Download the report ${f}`,
    downloadNote:
      "Put the feed in the portal's feed directory and the widgets read it; the CLI hbrs-feed build also writes the division list divisions.json.",
    preview: 'Preview',
    previewNote: 'The widget below reads the feed just built (held in this page only).',
    noPreview: 'No records were accepted: nothing to preview.',
    noWidget: 'There is no preview widget for this kind yet.',
  },
} as const;

/** Element factory: attributes as strings (never `style`), children as nodes or text. */
function h<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Record<string, string | undefined> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) el.setAttribute(k, v);
  el.append(...children);
  return el;
}

/**
 * An SDK client that serves `files` (file name → document) from memory: the preview widget reads the feed just
 * built without a network request (and without `blob:` URLs, which a strict `connect-src` refuses).
 */
export function memoryClient(files: Readonly<Record<string, unknown>>): HbrsClient {
  const base = 'https://feed.local.invalid/';
  return createClient({
    feed: base,
    retries: 0,
    fetch: (input) => {
      const name = new URL(String(input), base).pathname.slice(1);
      const doc = Object.hasOwn(files, name) ? files[name] : undefined;
      return Promise.resolve(
        doc === undefined
          ? new Response('not found', { status: 404 })
          : new Response(JSON.stringify(doc), { headers: { 'content-type': 'application/json' } }),
      );
    },
  });
}

/** What {@link mountCheck} returns: for the page's tests and for scripts that drive it. */
export interface CheckPage {
  /** Resolves when the library is loaded and the kind list is filled. */
  ready: Promise<void>;
  /** Checks these files (what choosing or dropping them does). */
  check(files: readonly InputFile[]): Promise<void>;
  /** The last successful build. */
  readonly result: BuildResult | undefined;
}

/** Options of {@link mountCheck}. */
export interface MountOptions {
  /** Loads `@hbrs/feed` (tests give a failing one). */
  loadLibrary?: () => Promise<FeedLibrary>;
  /** The clock of the build (`meta.generatedAt`). */
  now?: () => Date;
}

/** Wires up the page inside `root` (the page's `<main>`, or a test fixture holding the same markup). */
export function mountCheck(root: ParentNode & Node, options: MountOptions = {}): CheckPage {
  const doc = root.ownerDocument ?? (root as Document);
  const byId = <T extends HTMLElement>(id: string): T => {
    const el = root.querySelector<T>(`#${id}`);
    if (!el) throw new Error(`check page: #${id} is missing`);
    return el;
  };
  const form = byId<HTMLFormElement>('check-form');
  const fileInput = byId<HTMLInputElement>('check-file');
  const drop = byId<HTMLElement>('drop');
  const kindSelect = byId<HTMLSelectElement>('check-kind');
  const langSelect = byId<HTMLSelectElement>('check-lang');
  const templateButton = byId<HTMLButtonElement>('check-template');
  const results = byId<HTMLElement>('results');
  const status = byId<HTMLElement>('check-status');
  const errorBox = byId<HTMLElement>('check-error');
  const output = byId<HTMLElement>('check-output');

  const lang = (): Lang => (doc.documentElement.lang.toLowerCase().startsWith('en') ? 'en' : 'zh');
  const t = () => TEXT[lang()];
  langSelect.value = lang() === 'en' ? 'en' : 'zh-CN';

  let lib: FeedLibrary | undefined;
  let files: readonly InputFile[] = [];
  let result: BuildResult | undefined;
  let failure: { zh: string; en: string } | undefined;
  let urls: string[] = [];
  let run = 0;
  const fileNames = (): string => files.map((f) => f.name).join('、');

  /** Status line (the live region): the summary of the last check, or what is happening. */
  let statusText: () => string = () => (lib ? t().idle : t().loading);
  const setStatus = (f: () => string): void => {
    statusText = f;
    status.textContent = f();
  };
  setStatus(statusText);

  const kindName = (kind: string): string => {
    const k = KIND_NAMES[kind];
    return k ? `${k.zh} ${k.en}` : kind;
  };

  const ready = (options.loadLibrary ?? (() => import('@hbrs/feed')))().then(
    (l) => {
      lib = l;
      kindSelect.replaceChildren(...l.BUILD_KINDS.map((k) => h(doc, 'option', { value: k }, kindName(k))));
      kindSelect.disabled = false;
      templateButton.disabled = false;
      if (files.length > 0) return check(files);
      setStatus(() => t().idle);
      return undefined;
    },
    (e: unknown) => {
      const why = e instanceof Error ? e.message : String(e);
      failure = { zh: TEXT.zh.loadFailed(why), en: TEXT.en.loadFailed(why) };
      results.removeAttribute('aria-busy');
      setStatus(() => (lang() === 'en' ? failure!.en : failure!.zh));
      showError();
    },
  );

  // The blank workbook of the chosen kind (headers, an example row, notes, drop-downs), made here in the browser.
  templateButton.addEventListener('click', () => {
    if (!lib) return;
    const kind = kindSelect.value;
    void lib.templateWorkbook(kind, (options.now ?? (() => new Date()))()).then((bytes) => {
      const url = URL.createObjectURL(
        new Blob([bytes as BlobPart], {
          type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        }),
      );
      const a = h(doc, 'a', { href: url, download: `${kind}-template.xlsx`, hidden: '' });
      root.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    });
  });

  function showError(): void {
    errorBox.hidden = !failure;
    errorBox.textContent = failure ? (lang() === 'en' ? failure.en : failure.zh) : '';
  }

  function crs(): 'wgs84' | 'gcj02' | 'bd09' {
    const v = (form.elements.namedItem('crs') as RadioNodeList | null)?.value;
    return v === 'gcj02' || v === 'bd09' ? v : 'wgs84';
  }

  async function check(next: readonly InputFile[]): Promise<void> {
    files = next;
    if (!lib) return; // checked once the library is in (see `ready`)
    const mine = ++run;
    const names = fileNames();
    results.setAttribute('aria-busy', 'true');
    setStatus(() => t().checking(names));
    // Let the status paint before the (synchronous) bulk of the build.
    await new Promise((r) => setTimeout(r, 0));
    let built: BuildResult | undefined;
    let error: { zh: string; en: string } | undefined;
    try {
      built = await lib.buildFeed(kindSelect.value, files, {
        crs: crs(),
        ...(options.now ? { now: options.now } : {}),
      });
    } catch (e) {
      if (e instanceof lib.InputError) error = { zh: e.message, en: e.messageEn };
      else {
        const why = e instanceof Error ? e.message : String(e);
        error = { zh: TEXT.zh.unreadable(names, why), en: TEXT.en.unreadable(names, why) };
      }
    }
    if (mine !== run) return; // a newer check started meanwhile
    failure = error;
    showError();
    result = built;
    if (built) {
      setStatus(() => t().summary(names, built.report));
      await renderResult(built);
    } else {
      setStatus(() => t().failed(names));
      clearOutput();
    }
    if (mine === run) results.removeAttribute('aria-busy');
  }

  function clearOutput(): void {
    for (const u of urls) URL.revokeObjectURL(u);
    urls = [];
    output.replaceChildren();
    output.hidden = true;
  }

  const issueTable = (issues: readonly RowIssue[], caption: string, className: string): HTMLTableElement => {
    const tx = t();
    const withSheet = issues.some((i) => i.sheet !== undefined);
    const head = [tx.row, ...(withSheet ? [tx.sheet] : []), tx.column, tx.code, tx.message];
    return h(
      doc,
      'table',
      { class: className },
      h(doc, 'caption', {}, caption),
      h(doc, 'thead', {}, h(doc, 'tr', {}, ...head.map((c) => h(doc, 'th', { scope: 'col' }, c)))),
      h(
        doc,
        'tbody',
        {},
        ...issues.map((i) =>
          h(
            doc,
            'tr',
            {},
            h(doc, 'th', { scope: 'row' }, i.row === 0 ? tx.wholeFile : String(i.row)),
            ...(withSheet ? [h(doc, 'td', {}, i.sheet ?? '')] : []),
            h(doc, 'td', {}, i.column),
            h(doc, 'td', {}, h(doc, 'code', {}, i.code)),
            lang() === 'en'
              ? h(
                  doc,
                  'td',
                  {},
                  h(doc, 'span', { lang: 'en' }, i.messageEn),
                  h(doc, 'span', { lang: 'zh-CN', class: 'original' }, i.message),
                )
              : h(doc, 'td', {}, i.message),
          ),
        ),
      ),
    );
  };

  /** Counts, tables and downloads: rebuilt when the language changes. */
  const report = h(doc, 'div', { class: 'report' });
  /** The widget: kept across language changes (it follows the page's `lang` itself). */
  const preview = h(doc, 'section', { class: 'preview', 'aria-labelledby': 'preview-title' });

  function renderReport(built: BuildResult): void {
    const tx = t();
    const r = built.report;
    for (const u of urls) URL.revokeObjectURL(u);
    const feedName = DEFAULT_FEED_FILES[built.kind];
    const reportName = `${built.kind}.report.json`;
    const blobUrl = (text: string): string => {
      const u = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      urls.push(u);
      return u;
    };
    urls = [];
    const count = (label: string, value: number, key: string) => [
      h(doc, 'dt', {}, label),
      h(doc, 'dd', { 'data-count': key }, n(value, lang())),
    ];
    report.replaceChildren(
      h(doc, 'h3', {}, tx.counts),
      h(
        doc,
        'dl',
        { class: 'counts' },
        ...count(tx.rows, r.rows, 'rows'),
        ...count(tx.accepted, r.accepted, 'accepted'),
        ...count(tx.rejected, r.rejected.length, 'rejected'),
        ...count(tx.warnings, r.warnings.length, 'warnings'),
      ),
      r.rejected.length > 0
        ? issueTable(r.rejected, tx.rejectedCaption(r.rejected.length), 'issues rejected')
        : h(doc, 'p', { class: 'none rejected' }, tx.noRejected),
      r.warnings.length > 0
        ? issueTable(r.warnings, tx.warningsCaption(r.warnings.length), 'issues warnings')
        : h(doc, 'p', { class: 'none warnings' }, tx.noWarnings),
      h(doc, 'h3', {}, tx.downloads),
      h(
        doc,
        'p',
        { class: 'downloads' },
        h(
          doc,
          'a',
          {
            class: 'button',
            href: blobUrl(`${JSON.stringify(built.feed)}\n`),
            download: feedName,
            'data-download': 'feed',
          },
          tx.downloadFeed(feedName),
        ),
        ' ',
        h(
          doc,
          'a',
          {
            class: 'button',
            href: blobUrl(`${JSON.stringify(r, null, 2)}\n`),
            download: reportName,
            'data-download': 'report',
          },
          tx.downloadReport(reportName),
        ),
      ),
      h(doc, 'p', { class: 'hint' }, tx.downloadNote),
    );
  }

  async function renderPreview(built: BuildResult): Promise<void> {
    const tx = t();
    const widget = WIDGETS[built.kind];
    preview.replaceChildren(h(doc, 'h3', { id: 'preview-title' }, tx.preview));
    if (!widget) {
      preview.append(h(doc, 'p', {}, tx.noWidget));
      return;
    }
    if (built.report.accepted === 0) {
      preview.append(h(doc, 'p', {}, tx.noPreview));
      return;
    }
    preview.append(h(doc, 'p', { class: 'hint' }, tx.previewNote));
    const divisions = await lib!.hubeiDivisions();
    await widget.load();
    const el = doc.createElement(widget.tag) as HTMLElement & { client?: HbrsClient };
    // The preview is what the person just asked for: it loads at once, wherever it sits on the page.
    el.setAttribute('loading', 'eager');
    el.client = memoryClient({
      [DEFAULT_FEED_FILES[built.kind as FeedKind]]: built.feed,
      [DEFAULT_FEED_FILES.divisions]: {
        meta: {
          generatedAt: built.feed.meta.generatedAt,
          sample: false,
          title: '湖北省行政区划',
          source: '国家统计局 2023年统计用区划代码 (via @hbrs/feed)',
          license: 'CC BY 4.0 (seat coordinates); division codes are public statistical codes.',
        },
        items: divisions.all,
      },
    });
    preview.append(el);
  }

  async function renderResult(built: BuildResult): Promise<void> {
    renderReport(built);
    output.replaceChildren(report, preview);
    output.hidden = false;
    await renderPreview(built);
  }

  function onLanguage(): void {
    doc.documentElement.lang = langSelect.value;
    status.textContent = statusText();
    showError();
    if (result) {
      renderReport(result);
      const title = preview.querySelector('h3');
      if (title) title.textContent = t().preview;
      const note = preview.querySelector('p');
      if (note) {
        const tx = t();
        note.textContent = !WIDGETS[result.kind]
          ? tx.noWidget
          : result.report.accepted === 0
            ? tx.noPreview
            : tx.previewNote;
      }
    }
  }

  async function readFiles(list: FileList | null | undefined): Promise<void> {
    const chosen = [...(list ?? [])];
    if (chosen.length === 0) return;
    results.setAttribute('aria-busy', 'true');
    let inputs: InputFile[];
    try {
      inputs = await Promise.all(
        chosen.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
      );
    } catch (e) {
      const names = chosen.map((f) => f.name).join('、');
      const why = e instanceof Error ? e.message : String(e);
      failure = { zh: TEXT.zh.unreadable(names, why), en: TEXT.en.unreadable(names, why) };
      result = undefined;
      results.removeAttribute('aria-busy');
      setStatus(() => t().failed(names));
      showError();
      clearOutput();
      return;
    }
    await check(inputs);
  }

  fileInput.addEventListener('change', () => void readFiles(fileInput.files));
  kindSelect.addEventListener('change', () => {
    if (files.length > 0) void check(files);
  });
  form.addEventListener('change', (e) => {
    if ((e.target as HTMLInputElement).name === 'crs' && files.length > 0) void check(files);
  });
  form.addEventListener('submit', (e) => e.preventDefault());
  langSelect.addEventListener('change', onLanguage);
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    void readFiles(e.dataTransfer?.files);
  });

  return {
    ready,
    check,
    get result() {
      return result;
    },
  };
}
