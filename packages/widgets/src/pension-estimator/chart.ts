import { html, svg, type TemplateResult } from 'lit';

/** One bar of the chart: a label and a non-negative finite value. */
export interface Bar {
  key: string;
  label: string;
  value: number;
  display: string;
}

const WIDTH = 320;
const ROW = 44;
const BAR = 18;

/**
 * A small horizontal bar chart as inline SVG: `role="img"` named by its `<title>` and described by its
 * `<desc>` (the values in words, separated by `sep`), so screen readers get the figures; the table next to it is the full text
 * equivalent. Sizes are SVG attributes (no style attributes, strict-CSP safe); colours come from the
 * stylesheet (classes), with a forced-colors fallback there.
 */
export function renderBarChart(id: string, title: string, bars: readonly Bar[], sep = '；'): TemplateResult {
  const safe = bars.map((b) => ({ ...b, value: Number.isFinite(b.value) && b.value > 0 ? b.value : 0 }));
  const max = Math.max(1, ...safe.map((b) => b.value));
  const height = safe.length * ROW;
  const desc = safe.map((b) => `${b.label} ${b.display}`).join(sep);
  return html`<svg
    class="chart"
    part="chart"
    role="img"
    aria-labelledby="${id}-title ${id}-desc"
    viewBox="0 0 ${WIDTH} ${height}"
    width="100%"
    height=${height}
    preserveAspectRatio="xMinYMin meet"
    focusable="false"
  >
    <title id="${id}-title">${title}</title>
    <desc id="${id}-desc">${desc}</desc>
    ${safe.map((b, i) => {
      const y = i * ROW;
      const w = Math.max(b.value > 0 ? 2 : 0, Math.round((b.value / max) * (WIDTH - 4)));
      return svg`<g class="bar bar-${b.key}">
        <text x="0" y=${y + 14} class="bar-label">${b.label} ${b.display}</text>
        <rect x="0" y=${y + 20} width=${w} height=${BAR} rx="3"></rect>
      </g>`;
    })}
  </svg>`;
}
