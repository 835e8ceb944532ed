/** What the strict-CSP page recorded. */
export interface CspPageResult {
  doc: Document;
  win: Window;
  violations: Array<{ directive: string; blocked: string; sample: string }>;
  errors: string[];
}

/**
 * Opens the strict-CSP page (served by csp-middleware.mjs with
 * `default-src 'self'; script-src 'self'; style-src 'self'`) in an iframe, loading `bundle` from
 * packages/widgets/dist/cdn and rendering `tags`. Resolves once every tag is defined and rendered.
 */
export async function openCspPage(bundle: string, tags: string[], lang = 'zh-CN'): Promise<CspPageResult> {
  const iframe = document.createElement('iframe');
  iframe.title = 'CSP test page';
  iframe.style.width = '800px';
  iframe.style.height = '600px';
  const q = new URLSearchParams({ bundle, tags: tags.join(','), lang });
  iframe.src = `/__csp/page.html?${q}`;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  await loaded;
  const win = iframe.contentWindow as Window & typeof globalThis;
  const doc = iframe.contentDocument!;
  await Promise.all(tags.map((t) => win.customElements.whenDefined(t)));
  for (const t of tags) {
    const el = doc.querySelector(t) as (HTMLElement & { updateComplete?: Promise<unknown> }) | null;
    await el?.updateComplete;
  }
  // Give late violations (style/attribute application) a frame to be reported.
  await new Promise((r) => setTimeout(r, 50));
  const w = win as unknown as { __cspViolations: CspPageResult['violations']; __errors: string[] };
  return { doc, win, violations: w.__cspViolations, errors: w.__errors };
}
