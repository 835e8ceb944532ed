import { css } from 'lit';

/** Styles of the detail and the comparison, adopted when the views load. */
export const viewStyles = css`
  .detail {
    margin-top: var(--_hbrs-space-3);
  }
  .detail h3 .disc {
    display: inline;
  }
  .detail h3:focus-visible,
  .compare h3:focus-visible {
    outline: var(--_hbrs-focus-ring-width) solid var(--_hbrs-color-focus);
  }
  .props {
    margin: 0 0 var(--_hbrs-space-3);
  }
  .props > div {
    display: grid;
    grid-template-columns: 1fr;
    padding: var(--_hbrs-space-1) 0;
    border-bottom: 1px solid var(--_hbrs-color-border);
  }
  dt {
    font-weight: 700;
  }
  dd {
    margin: 0;
  }
  dd span + span::before {
    content: ' · ';
  }
  .opening {
    padding: var(--_hbrs-space-3);
    margin-bottom: var(--_hbrs-space-3);
    border: 1px solid var(--_hbrs-color-border);
    border-radius: var(--_hbrs-radius);
  }
  .plain li + li {
    margin-top: var(--_hbrs-space-1);
  }
  .tag {
    display: inline-block;
    padding: 0 var(--_hbrs-space-2);
    border: 1px solid var(--_hbrs-color-border);
    border-radius: var(--_hbrs-radius);
    font-size: 0.875em;
  }
  .others li,
  .schemes li {
    padding: var(--_hbrs-space-1) 0;
  }
  .schemes li + li {
    border-top: 1px solid var(--_hbrs-color-border);
  }
  .scheme-name {
    margin: 0;
  }
  .compare {
    margin: var(--_hbrs-space-3) 0;
    padding: var(--_hbrs-space-3);
    border: 2px solid var(--_hbrs-color-primary);
    border-radius: var(--_hbrs-radius);
  }
  .compare h3 {
    margin-top: 0;
  }
  /* Positioned, so the visually hidden texts in the table (absolute) scroll with it instead of widening the page. */
  .table-wrap {
    position: relative;
    overflow-x: auto;
    margin-bottom: var(--_hbrs-space-3);
  }
  table {
    border-collapse: collapse;
    min-width: 100%;
  }
  th,
  td {
    padding: var(--_hbrs-space-2);
    border: 1px solid var(--_hbrs-color-border);
    text-align: start;
    vertical-align: top;
    min-width: 120px;
  }
  thead th {
    background: var(--_hbrs-color-surface-alt);
  }
  .detail .pin {
    margin-bottom: var(--_hbrs-space-3);
  }
  /* The look of a pin button (postdoc-finder.styles.ts), on a line of its own under the name. */
  .unpin {
    display: block;
    margin-top: var(--_hbrs-space-2);
    font-weight: 400;
  }
  @container (min-width: 560px) {
    .props > div {
      grid-template-columns: minmax(96px, 28%) 1fr;
      gap: var(--_hbrs-space-3);
    }
  }
  @media (forced-colors: active) {
    .unpin {
      border: 1px solid CanvasText;
    }
  }
`;
