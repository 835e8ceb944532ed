import { css } from 'lit';

export const pensionEstimatorStyles = css`
  .hbrs-root {
    padding: var(--_hbrs-space-4);
    border: 1px solid var(--_hbrs-color-border);
    border-radius: var(--_hbrs-radius);
  }
  h2 {
    margin: 0 0 var(--_hbrs-space-3);
    font-size: 1.25em;
    line-height: 1.3;
    color: var(--_hbrs-color-primary);
  }
  h3 {
    margin: 0 0 var(--_hbrs-space-2);
    font-size: 1.1em;
  }
  p {
    margin: 0 0 var(--_hbrs-space-2);
  }
  [hidden] {
    display: none !important;
  }
  [role='tablist'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_hbrs-space-1);
    margin-bottom: var(--_hbrs-space-4);
    border-bottom: 2px solid var(--_hbrs-color-border);
  }
  [role='tab'] {
    font: inherit;
    min-height: 44px;
    padding: var(--_hbrs-space-2) var(--_hbrs-space-3);
    border: 1px solid transparent;
    border-bottom: 4px solid transparent;
    border-radius: var(--_hbrs-radius) var(--_hbrs-radius) 0 0;
    background: none;
    color: var(--_hbrs-color-text);
    cursor: pointer;
    flex: 1 1 auto;
  }
  [role='tab'][aria-selected='true'] {
    border-bottom-color: var(--_hbrs-color-primary);
    color: var(--_hbrs-color-primary);
    font-weight: 700;
    background: var(--_hbrs-color-surface-alt);
  }
  .form {
    display: grid;
    gap: var(--_hbrs-space-3);
    margin-bottom: var(--_hbrs-space-4);
  }
  fieldset {
    margin: 0;
    padding: var(--_hbrs-space-3);
    border: 1px solid var(--_hbrs-color-border);
    border-radius: var(--_hbrs-radius);
    display: grid;
    gap: var(--_hbrs-space-3);
    min-width: 0;
  }
  legend {
    padding: 0 var(--_hbrs-space-1);
    font-weight: 700;
  }
  .field {
    display: grid;
    gap: var(--_hbrs-space-1);
    min-width: 0;
  }
  .label-row {
    display: flex;
    align-items: center;
    gap: var(--_hbrs-space-2);
  }
  label {
    font-weight: 600;
  }
  input[type='text'],
  select {
    font: inherit;
    width: 100%;
    max-width: 360px;
    min-height: 44px;
    padding: var(--_hbrs-space-2) var(--_hbrs-space-3);
    border: 1px solid var(--_hbrs-color-text-muted);
    border-radius: var(--_hbrs-radius);
    background: var(--_hbrs-color-surface);
    color: var(--_hbrs-color-text);
  }
  input[aria-invalid='true'] {
    border: 2px solid var(--_hbrs-color-danger);
  }
  .check {
    display: flex;
    align-items: center;
    gap: var(--_hbrs-space-2);
    min-height: 44px;
  }
  .check input {
    width: 24px;
    height: 24px;
    margin: 0;
    accent-color: var(--_hbrs-color-primary);
  }
  .check label {
    font-weight: 400;
  }
  .hint {
    margin: 0;
    color: var(--_hbrs-color-text-muted);
    font-size: 0.9em;
  }
  .field-error,
  .compute-error {
    margin: 0;
    color: var(--_hbrs-color-danger);
    font-weight: 600;
  }
  .help-btn {
    font: inherit;
    min-width: 44px;
    min-height: 44px;
    border: 1px solid var(--_hbrs-color-primary);
    border-radius: 50%;
    background: var(--_hbrs-color-surface);
    color: var(--_hbrs-color-primary);
    font-weight: 700;
    cursor: pointer;
  }
  .link-btn {
    font: inherit;
    min-height: 44px;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_hbrs-color-primary);
    text-decoration: underline;
    cursor: pointer;
  }
  .help,
  #index-helper {
    padding: var(--_hbrs-space-3);
    border-inline-start: 4px solid var(--_hbrs-color-primary);
    background: var(--_hbrs-color-surface-alt);
    border-radius: var(--_hbrs-radius);
  }
  #index-helper {
    display: grid;
    gap: var(--_hbrs-space-3);
  }
  .provenance {
    margin-bottom: var(--_hbrs-space-4);
    color: var(--_hbrs-color-text-muted);
  }
  .provenance a {
    color: var(--_hbrs-color-primary);
  }
  .result {
    padding: var(--_hbrs-space-4);
    border: 2px solid var(--_hbrs-color-primary);
    border-radius: var(--_hbrs-radius);
  }
  .headline {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_hbrs-space-4);
    margin: 0 0 var(--_hbrs-space-3);
  }
  .headline dt {
    font-weight: 600;
  }
  .headline dd {
    margin: 0;
    font-size: 1.6em;
    font-weight: 700;
    color: var(--_hbrs-color-primary);
    font-variant-numeric: tabular-nums;
  }
  .table-wrap {
    overflow-x: auto;
    max-width: 100%;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    margin-bottom: var(--_hbrs-space-3);
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding-bottom: var(--_hbrs-space-2);
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: var(--_hbrs-space-2);
    border-bottom: 1px solid var(--_hbrs-color-border);
  }
  td.amount {
    text-align: end;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  td.formula {
    color: var(--_hbrs-color-text-muted);
    font-size: 0.9em;
  }
  .sub {
    display: block;
    font-weight: 400;
    color: var(--_hbrs-color-text-muted);
    font-size: 0.9em;
  }
  .incomplete {
    font-weight: 600;
  }
  .chart {
    display: block;
    max-width: 480px;
    height: auto;
    margin-bottom: var(--_hbrs-space-3);
  }
  .chart rect {
    fill: var(--_hbrs-color-primary);
  }
  .chart .bar-account rect {
    fill: var(--_hbrs-color-success);
  }
  .chart .bar-transitional rect {
    fill: var(--_hbrs-color-text-muted);
  }
  .chart text {
    fill: var(--_hbrs-color-text);
    font-size: 13px;
  }
  .notes {
    margin: 0;
    padding-inline-start: var(--_hbrs-space-5);
    color: var(--_hbrs-color-text-muted);
  }
  .glossary {
    margin-top: var(--_hbrs-space-5);
  }
  details {
    border-bottom: 1px solid var(--_hbrs-color-border);
  }
  summary {
    min-height: 44px;
    display: flex;
    align-items: center;
    cursor: pointer;
    font-weight: 600;
    list-style-position: inside;
  }
  summary::before {
    content: '▸';
    margin-inline-end: var(--_hbrs-space-2);
  }
  details[open] summary::before {
    content: '▾';
  }
  summary::-webkit-details-marker {
    display: none;
  }
  details p {
    padding: 0 0 var(--_hbrs-space-3) var(--_hbrs-space-5);
  }
  .empty {
    margin-top: var(--_hbrs-space-2);
  }
  @container (min-width: 600px) {
    .pair {
      display: grid;
      grid-template-columns: 1fr 1fr;
      gap: var(--_hbrs-space-3);
    }
    .result-grid {
      display: grid;
      grid-template-columns: 3fr 2fr;
      gap: var(--_hbrs-space-4);
      align-items: start;
    }
  }
  @container (max-width: 400px) {
    .hbrs-root {
      padding: var(--_hbrs-space-3);
    }
    [role='tab'] {
      flex-basis: 100%;
      border-radius: var(--_hbrs-radius);
    }
    .headline dd {
      font-size: 1.3em;
    }
  }
  @media (forced-colors: active) {
    [role='tab'][aria-selected='true'] {
      border-bottom-color: Highlight;
    }
    .chart rect,
    .chart .bar-account rect,
    .chart .bar-transitional rect {
      fill: CanvasText;
    }
    .chart text {
      fill: CanvasText;
    }
    .help-btn,
    input[type='text'],
    select {
      border: 1px solid ButtonText;
    }
  }
`;
