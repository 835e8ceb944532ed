import { css } from 'lit';

/**
 * Styles of <hbrs-pension-estimator> itself, after the shared `textStyles` (title, paragraphs): tab list and
 * glossary (the tabs style their own forms).
 */
export const pensionEstimatorStyles = css`
  .hbrs-root {
    font-variant-numeric: tabular-nums;
  }
  h3 {
    margin: 0 0 var(--_hbrs-space-2);
    font-size: 1.1em;
    line-height: inherit;
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
  .glossary {
    margin-top: var(--_hbrs-space-5);
  }
  details {
    border-bottom: 1px solid var(--_hbrs-color-border);
  }
  summary {
    min-height: 44px;
    padding: var(--_hbrs-space-2) 0;
    cursor: pointer;
    font-weight: 600;
  }
  details p {
    padding: 0 0 var(--_hbrs-space-3) var(--_hbrs-space-5);
  }
  @container (max-width: 520px) {
    .hbrs-root {
      padding: var(--_hbrs-space-3);
    }
    [role='tab'] {
      flex-basis: 100%;
    }
  }
  @media (forced-colors: active) {
    [role='tab'][aria-selected='true'] {
      border-bottom-color: Highlight;
    }
  }
`;
