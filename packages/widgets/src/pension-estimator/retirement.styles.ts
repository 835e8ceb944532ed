import { css } from 'lit';

/** Styles of the retirement tab, adopted by the element when the tab's module loads. */
export const retirementStyles = css`
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
  #index-helper {
    display: grid;
    gap: var(--_hbrs-space-3);
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
  #index-helper {
    padding: var(--_hbrs-space-3);
    border-inline-start: 4px solid var(--_hbrs-color-primary);
    background: var(--_hbrs-color-surface-alt);
    border-radius: var(--_hbrs-radius);
  }
  @container (min-width: 600px) {
    .result-grid {
      display: grid;
      grid-template-columns: 3fr 2fr;
      gap: var(--_hbrs-space-4);
      align-items: start;
    }
  }
  @media (forced-colors: active) {
    .chart rect,
    .chart text {
      fill: CanvasText;
    }
  }
`;
