import { css } from 'lit';

// The list's scrollbar gutter is stable: a scrollbar appearing must not change the rows' width (that would
// loop the ResizeObserver).
export const jobFairsStyles = css`
  .filters {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(180px, 1fr));
    gap: var(--_hbrs-space-3);
    margin: 0 0 var(--_hbrs-space-3);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: var(--_hbrs-space-1);
    min-width: 0;
  }
  .field-wide {
    grid-column: 1 / -1;
  }
  .filter-actions {
    grid-column: 1 / -1;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_hbrs-space-2);
    align-items: center;
  }
  .view-toggle {
    display: inline-flex;
    gap: var(--_hbrs-space-1);
  }
  .count {
    font-weight: 700;
    margin: 0 0 var(--_hbrs-space-2);
  }
  .count:focus {
    outline: none;
  }
  .count:focus-visible {
    outline: var(--_hbrs-focus-ring-width) solid var(--_hbrs-color-focus);
  }
  .list {
    width: 100%;
    height: var(--hbrs-job-fairs-list-height, 560px);
    overflow-x: hidden;
    overflow-y: auto;
    scrollbar-gutter: stable;
    border-block: 1px solid var(--_hbrs-color-border);
  }
  .list-inner {
    overflow-anchor: none;
  }
  .list.short {
    height: auto;
    overflow: visible;
    border-bottom: 0;
  }
  .list.short .fair:last-child {
    border-bottom: 0;
  }
  .detail {
    container-type: inline-size;
    width: min(760px, calc(100vw - 16px));
    max-height: calc(100vh - 16px);
    padding: 0;
    border: 1px solid var(--_hbrs-color-border);
    border-radius: var(--_hbrs-radius);
    background: var(--_hbrs-color-surface);
    color: var(--_hbrs-color-text);
    font-family: var(--_hbrs-font-family);
    font-size: calc(var(--_hbrs-font-size) * var(--_hbrs-font-scale));
    line-height: var(--_hbrs-line-height);
    overflow-wrap: anywhere;
  }
  .detail::backdrop {
    background: rgb(0 0 0 / 50%);
  }
  .detail-body {
    padding: var(--_hbrs-space-4);
  }
  .detail-head {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: var(--_hbrs-space-3);
    margin: 0 0 var(--_hbrs-space-3);
  }
  .detail-head h2 {
    margin: 0;
  }
  .detail-head button {
    flex: none;
    white-space: nowrap;
  }
  .detail-head h2:focus {
    outline: none;
  }
  .detail-head h2:focus-visible {
    outline: var(--_hbrs-focus-ring-width) solid var(--_hbrs-color-focus);
  }
  @container (max-width: 480px) {
    .hbrs-root {
      padding: var(--_hbrs-space-3);
    }
    .filters {
      grid-template-columns: 1fr;
    }
    .detail-body {
      padding: var(--_hbrs-space-3);
    }
  }
  @media (forced-colors: active) {
    .detail {
      border: 2px solid CanvasText;
    }
  }
`;

/**
 * Styles of what <hbrs-job-fairs> and its sub-elements (`<hbrs-job-fair-detail>`, `<hbrs-job-fair-calendar>`)
 * both show: headings, paragraphs, links, muted text, and a fair's summary with its status badge.
 */
export const contentStyles = css`
  label {
    font-weight: 600;
  }
  input,
  select {
    font: inherit;
    min-height: 44px;
    width: 100%;
    padding: var(--_hbrs-space-2);
    border: 1px solid var(--_hbrs-color-text-muted);
    border-radius: var(--_hbrs-radius);
    background: var(--_hbrs-color-surface);
    color: var(--_hbrs-color-text);
  }
  h2,
  h3,
  h4 {
    margin: 0 0 var(--_hbrs-space-3);
    line-height: 1.3;
  }
  h2 {
    font-size: 1.25em;
    color: var(--_hbrs-color-primary);
  }
  h3 {
    font-size: 1.05em;
  }
  h4 {
    font-size: 1em;
  }
  p {
    margin: 0 0 var(--_hbrs-space-2);
  }
  a {
    color: var(--_hbrs-color-primary);
    text-decoration: underline;
    font-size: inherit;
  }
  .hint,
  .muted {
    color: var(--_hbrs-color-text-muted);
    font-size: 0.875em;
  }
  .fair {
    width: 100%;
    padding: var(--_hbrs-space-3) 0;
    border-bottom: 1px solid var(--_hbrs-color-border);
  }
  .fair-title {
    margin: 0 0 var(--_hbrs-space-1);
    font-size: 1.05em;
  }
  .fair-name {
    all: unset;
    box-sizing: border-box;
    display: inline;
    cursor: pointer;
    color: var(--_hbrs-color-primary);
    font: inherit;
    font-weight: 700;
    text-decoration: underline;
    text-underline-offset: 3px;
    overflow-wrap: anywhere;
  }
  .fair-name:focus-visible {
    outline: var(--_hbrs-focus-ring-width) solid var(--_hbrs-color-focus);
    outline-offset: 2px;
  }
  .fair-when,
  .fair-where,
  .fair-meta {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_hbrs-space-1) var(--_hbrs-space-3);
    margin: 0 0 var(--_hbrs-space-1);
  }
  .status {
    display: inline-block;
    padding: 0 var(--_hbrs-space-2);
    border: 1px solid currentColor;
    border-radius: var(--_hbrs-radius);
    font-size: 0.875em;
    font-weight: 600;
  }
  .status[data-status='upcoming'] {
    color: var(--_hbrs-color-primary);
  }
  .status[data-status='ongoing'] {
    color: var(--_hbrs-color-success);
  }
  .status[data-status='ended'],
  .status[data-status='cancelled'],
  .status[data-status='draft'] {
    color: var(--_hbrs-color-text-muted);
  }
  .mode {
    font-weight: 600;
  }
  @media (forced-colors: active) {
    .status {
      border: 1px solid CanvasText;
    }
    .fair-name {
      color: LinkText;
    }
  }
`;
