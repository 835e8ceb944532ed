import { css } from 'lit';

export const retirementAgeStyles = css`
  h2 {
    margin: 0 0 var(--_hbrs-space-2);
    font-size: 1.375em;
    line-height: 1.3;
    color: var(--_hbrs-color-primary);
  }
  h3 {
    margin: 0 0 var(--_hbrs-space-3);
    font-size: 1.125em;
  }
  p {
    margin: 0 0 var(--_hbrs-space-3);
  }
  .intro,
  .help,
  fieldset > .hint,
  .note,
  .disclaimer,
  cite {
    color: var(--_hbrs-color-text-muted);
  }
  .help,
  fieldset > .hint,
  .note {
    font-size: 0.9375em;
  }
  .layout {
    display: grid;
    gap: var(--_hbrs-space-4);
  }

  /* ---- form ---- */
  fieldset {
    margin: 0 0 var(--_hbrs-space-4);
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    margin-bottom: var(--_hbrs-space-2);
    font-weight: 700;
  }
  .birth-fields {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: var(--_hbrs-space-3);
  }
  .field {
    display: grid;
    gap: var(--_hbrs-space-1);
    min-width: 0;
  }
  .field > label {
    font-weight: 700;
  }
  .contrib {
    margin-bottom: var(--_hbrs-space-4);
  }
  select,
  input[type='text'] {
    font: inherit;
    color: var(--_hbrs-color-text);
    background: var(--_hbrs-color-surface);
    min-height: 44px;
    width: 100%;
    max-width: 100%;
    padding: var(--_hbrs-space-2) var(--_hbrs-space-3);
    border: 1px solid var(--_hbrs-color-text-muted);
    border-radius: var(--_hbrs-radius);
  }
  .with-unit {
    display: flex;
    align-items: center;
    gap: var(--_hbrs-space-2);
    max-width: 240px;
    white-space: nowrap;
  }
  input[aria-invalid='true'] {
    border: 2px solid var(--_hbrs-color-danger);
  }
  .input-error {
    margin: 0;
    color: var(--_hbrs-color-danger);
    font-weight: 700;
  }
  .radio {
    display: flex;
    align-items: flex-start;
    gap: var(--_hbrs-space-2);
    min-height: 44px;
    padding: var(--_hbrs-space-1) 0;
  }
  .radio input {
    flex: none;
    width: 24px;
    height: 24px;
    margin: 2px 0 0;
    accent-color: var(--_hbrs-color-primary);
  }

  /* ---- result ---- */
  .result {
    padding: var(--_hbrs-space-4);
    border: 1px solid var(--_hbrs-color-border);
    border-radius: var(--_hbrs-radius);
    background: var(--_hbrs-color-surface);
  }
  .for {
    font-weight: 700;
  }
  .facts {
    display: grid;
    gap: var(--_hbrs-space-3);
    margin: 0 0 var(--_hbrs-space-4);
  }
  .fact {
    padding-bottom: var(--_hbrs-space-3);
    border-bottom: 1px solid var(--_hbrs-color-border);
  }
  dt {
    color: var(--_hbrs-color-text-muted);
  }
  dd {
    margin: 0;
  }
  .fact.key dd {
    font-size: 1.5em;
    font-weight: 700;
    color: var(--_hbrs-color-primary);
  }
  .note {
    margin: var(--_hbrs-space-1) 0 0;
  }
  .status {
    font-weight: 700;
    color: var(--_hbrs-color-success);
  }
  .status-short {
    color: var(--_hbrs-color-danger);
  }
  .notice {
    padding: var(--_hbrs-space-2) var(--_hbrs-space-3);
    border-inline-start: 4px solid var(--_hbrs-color-primary);
    background: var(--_hbrs-color-surface-alt);
  }
  a {
    color: var(--_hbrs-color-primary);
    text-decoration: underline;
  }

  /* ---- timeline ---- */
  .chart {
    display: block;
    width: 100%;
    height: auto;
    max-width: 480px;
  }
  .tl-axis,
  .tl-tick {
    stroke: var(--_hbrs-color-text-muted);
    stroke-width: 2;
  }
  .tl-band {
    fill: var(--_hbrs-color-surface-alt);
    stroke: var(--_hbrs-color-primary);
    stroke-width: 1;
    stroke-dasharray: 4 3;
  }
  .tl-original {
    stroke: var(--_hbrs-color-text-muted);
    stroke-width: 3;
    stroke-dasharray: 5 4;
  }
  .tl-earliest,
  .tl-latest {
    fill: var(--_hbrs-color-surface);
    stroke: var(--_hbrs-color-primary);
    stroke-width: 3;
  }
  .tl-statutory,
  .tl-label {
    fill: var(--_hbrs-color-primary);
    stroke: var(--_hbrs-color-surface);
    stroke-width: 2;
    paint-order: stroke;
  }
  .tl-statutory-line {
    stroke: var(--_hbrs-color-primary);
    stroke-width: 3;
  }
  .legend {
    list-style: none;
    margin: var(--_hbrs-space-2) 0 0;
    padding: 0;
    display: grid;
    gap: var(--_hbrs-space-2);
  }
  .legend li {
    display: grid;
    grid-template-columns: 24px 1fr;
    column-gap: var(--_hbrs-space-2);
  }
  .legend-value {
    grid-column: 2;
    font-weight: 700;
  }

  /* ---- steps and source ---- */
  .timeline,
  .steps-wrap {
    margin: 0 0 var(--_hbrs-space-4);
  }
  .steps {
    margin-top: var(--_hbrs-space-3);
    padding: var(--_hbrs-space-3) var(--_hbrs-space-4);
    border: 1px solid var(--_hbrs-color-border);
    border-radius: var(--_hbrs-radius);
    background: var(--_hbrs-color-surface-alt);
  }
  .steps[hidden] {
    display: none;
  }
  .steps ol {
    margin: 0 0 var(--_hbrs-space-3);
    padding-inline-start: var(--_hbrs-space-5);
  }
  .source {
    margin-top: var(--_hbrs-space-4);
    padding-top: var(--_hbrs-space-3);
    border-top: 1px solid var(--_hbrs-color-border);
    font-size: 0.9375em;
  }
  .source ul {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: var(--_hbrs-space-3);
  }
  .source li {
    display: grid;
    gap: var(--_hbrs-space-1);
  }
  .badge {
    justify-self: start;
    padding: 0 var(--_hbrs-space-2);
    border-radius: var(--_hbrs-radius);
    font-size: 0.875em;
    font-weight: 700;
    border: 1px solid currentColor;
  }
  .badge.official {
    color: var(--_hbrs-color-success);
  }
  .badge.unofficial {
    color: var(--_hbrs-color-notice-text);
    background: var(--_hbrs-color-notice-surface);
  }
  cite {
    font-style: normal;
  }

  /* ---- wide containers: form and result side by side ---- */
  @container (min-width: 720px) {
    .layout {
      grid-template-columns: minmax(280px, 2fr) 3fr;
      align-items: start;
    }
  }
  @container (max-width: 400px) {
    .hbrs-root {
      padding: var(--_hbrs-space-3);
    }
    .result {
      padding: var(--_hbrs-space-3);
    }
  }

  @media (forced-colors: active) {
    .tl-axis,
    .tl-tick,
    .tl-original,
    .tl-statutory-line {
      stroke: CanvasText;
    }
    .tl-band {
      fill: Canvas;
      stroke: CanvasText;
    }
    .tl-earliest,
    .tl-latest {
      fill: Canvas;
      stroke: Highlight;
    }
    .tl-statutory {
      fill: Highlight;
      stroke: Canvas;
    }
    .tl-tick-label,
    .tl-label {
      fill: CanvasText;
    }
    .badge,
    .notice,
    .result,
    .steps {
      border: 1px solid CanvasText;
    }
  }

  @media print {
    .hbrs-root {
      border: 0;
      padding: 0;
    }
    .form,
    .steps-toggle,
    .steps-close,
    .hbrs-state button {
      display: none !important;
    }
    .layout {
      display: block;
    }
    .steps[hidden] {
      display: block;
    }
    .result,
    .steps,
    .timeline,
    .fact {
      break-inside: avoid;
    }
    .result,
    .steps {
      border: 0;
      padding: 0;
      background: none;
    }
    a::after {
      content: ' (' attr(href) ')';
      font-size: 0.875em;
      overflow-wrap: anywhere;
    }
  }
`;
