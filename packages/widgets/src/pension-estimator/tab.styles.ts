import { css } from 'lit';

/**
 * Styles shared by the two tabs of <hbrs-pension-estimator> (form, fields, term help, result table). The
 * tab's `:host` is no container of its own: container queries answer to the estimator's width, as before
 * the tabs became elements.
 */
export const tabStyles = css`
  :host {
    container-type: normal;
  }
  [hidden] {
    display: none !important;
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
  .pair > .hint {
    grid-column: 1 / -1;
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
  .help {
    padding: var(--_hbrs-space-3);
    border-inline-start: 4px solid var(--_hbrs-color-primary);
    background: var(--_hbrs-color-surface-alt);
    border-radius: var(--_hbrs-radius);
  }
  .provenance {
    margin-bottom: var(--_hbrs-space-4);
    color: var(--_hbrs-color-text-muted);
  }
  .badge {
    display: inline-block;
    padding: 0 var(--_hbrs-space-2);
    border: 1px solid currentColor;
    border-radius: var(--_hbrs-radius);
    color: var(--_hbrs-color-notice-text);
    background: var(--_hbrs-color-notice-surface);
    font-size: 0.875em;
    font-weight: 700;
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
  .headline dd {
    margin: 0;
    font-size: 1.6em;
    font-weight: 700;
    color: var(--_hbrs-color-primary);
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
  }
  td.formula {
    color: var(--_hbrs-color-text-muted);
    font-size: 0.9em;
  }
  @container (min-width: 600px) {
    .pair {
      display: grid;
      grid-template-columns: 1fr 1fr;
      gap: var(--_hbrs-space-3);
    }
  }
  @container (max-width: 520px) {
    thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
    tr {
      display: grid;
      grid-template-columns: 1fr auto;
      border-bottom: 1px solid var(--_hbrs-color-border);
    }
    th,
    td {
      border: 0;
    }
    td.amount {
      grid-area: 1 / 2;
    }
    td.formula {
      grid-column: 1 / 3;
      padding-top: 0;
    }
  }
  @media (forced-colors: active) {
    .help-btn,
    input[type='text'],
    select {
      border: 1px solid ButtonText;
    }
  }
`;
