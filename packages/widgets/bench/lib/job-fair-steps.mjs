// What both job-fair benchmarks (job-fairs.mjs, scale.mjs) time: filter changes set as properties of
// <hbrs-job-fairs>, each waited for until rendered and laid out.

/** Filter changes, each followed by its reset; `division` is the 市州 to pick. */
export function filterSteps(division) {
  return [
    { campaign: 'chunfeng' },
    { campaign: '' },
    { mode: 'online' },
    { mode: '' },
    { audience: '高校毕业生' },
    { audience: '' },
    { division },
    { division: '' },
  ];
}

/**
 * Installs the page's helpers: `window.hbrsFrame()` (the next animation frame) and `window.hbrsSettle(el)`
 * (the filter render, then the windowed list's measuring pass, then layout). Run with `page.evaluate(pageHelpers)`.
 */
export function pageHelpers() {
  window.hbrsFrame = () => new Promise((r) => requestAnimationFrame(() => r()));
  window.hbrsSettle = async (el) => {
    await el.updateComplete;
    await el.updateComplete;
    el.shadowRoot.querySelector('.hbrs-root').getBoundingClientRect();
  };
}
