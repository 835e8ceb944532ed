import { css } from 'lit';

/** Styles of `<hbrs-job-fair-detail>` (in the lazily loaded views chunk). */
export const detailStyles = css`
  .plain,
  .zones,
  .employers,
  .positions {
    list-style: none;
    margin: 0 0 var(--_hbrs-space-3);
    padding: 0;
  }
  .zones li,
  .positions li {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_hbrs-space-1) var(--_hbrs-space-3);
    padding: var(--_hbrs-space-1) 0;
  }
  .employer {
    padding: var(--_hbrs-space-2) 0;
    border-top: 1px solid var(--_hbrs-color-border);
  }
  .salary {
    font-weight: 600;
  }
  .facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: var(--_hbrs-space-1) var(--_hbrs-space-3);
    margin: 0 0 var(--_hbrs-space-3);
  }
  .facts dt {
    font-weight: 600;
  }
  .facts dd {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_hbrs-space-1) var(--_hbrs-space-3);
    margin: 0;
    min-width: 0;
  }
  .prose {
    white-space: pre-line;
  }
  .detail-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_hbrs-space-2);
    margin: var(--_hbrs-space-3) 0;
  }
  .share-field {
    display: flex;
    flex-direction: column;
    gap: var(--_hbrs-space-1);
  }
  @container (max-width: 480px) {
    .facts {
      grid-template-columns: 1fr;
    }
    .facts dd {
      margin-bottom: var(--_hbrs-space-2);
    }
  }
`;

/**
 * Styles of `<hbrs-job-fair-calendar>` (in the lazily loaded views chunk). The weekday header's size is capped
 * at a share of the width, so "Wed" stays on one line whatever the text size (large text, a 24 px host, zoom).
 */
export const calendarStyles = css`
  .plain {
    list-style: none;
    margin: 0 0 var(--_hbrs-space-3);
    padding: 0;
  }
  .data-note {
    margin: 0 0 var(--_hbrs-space-2);
    font-weight: 600;
  }
  .data-note:empty {
    margin: 0;
  }
  .month-nav {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_hbrs-space-2);
    margin: 0 0 var(--_hbrs-space-2);
  }
  .month-title {
    margin: 0;
  }
  .grid {
    width: 100%;
    border-collapse: collapse;
    table-layout: fixed;
    margin: 0 0 var(--_hbrs-space-3);
  }
  .grid th {
    padding: var(--_hbrs-space-1) 0;
    font-size: min(0.875em, 5cqi);
    font-weight: 600;
    text-align: center;
    white-space: nowrap;
  }
  .grid td {
    height: 56px;
    padding: var(--_hbrs-space-1);
    border: 1px solid var(--_hbrs-color-border);
    vertical-align: top;
    cursor: pointer;
  }
  .grid td.pad {
    cursor: default;
    background: transparent;
  }
  .grid td:focus-visible {
    outline: var(--_hbrs-focus-ring-width) solid var(--_hbrs-color-focus);
    outline-offset: -3px;
  }
  .grid td[aria-selected='true'] {
    background: var(--_hbrs-color-primary);
    color: var(--_hbrs-color-on-primary);
  }
  .grid td[aria-current='date'] .day-num {
    text-decoration: underline;
    font-weight: 700;
  }
  .day-num {
    display: block;
  }
  .day-count {
    display: block;
    font-size: 0.8125em;
    font-weight: 700;
    color: var(--_hbrs-color-primary);
  }
  .grid td[aria-selected='true'] .day-count {
    color: inherit;
  }
  .day-fairs .fair:last-child {
    border-bottom: 0;
  }
  @container (max-width: 480px) {
    .grid td {
      height: 48px;
      padding: 2px;
    }
  }
  @media (forced-colors: active) {
    .grid td {
      border: 1px solid CanvasText;
    }
    .grid td[aria-selected='true'] {
      background: Highlight;
      color: HighlightText;
      forced-color-adjust: none;
    }
  }
`;
