import { css } from 'lit';

export const postdocFinderStyles = css`
  h2 {
    margin: 0 0 var(--_hbrs-space-3);
    font-size: 1.25em;
    line-height: 1.3;
    color: var(--_hbrs-color-primary);
  }
  h3,
  h4,
  h5 {
    margin: var(--_hbrs-space-4) 0 var(--_hbrs-space-2);
    line-height: 1.35;
  }
  h3 {
    font-size: 1.125em;
  }
  h4 {
    font-size: 1em;
  }
  h5 {
    margin-top: 0;
    font-size: 1em;
  }
  p {
    margin: 0 0 var(--_hbrs-space-2);
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  a {
    color: var(--_hbrs-color-primary);
    text-decoration: underline;
  }
  label {
    display: block;
    font-weight: 700;
    margin-bottom: var(--_hbrs-space-1);
  }
  .hint,
  .muted,
  .sub,
  .opt-kind {
    color: var(--_hbrs-color-text-muted);
  }
  .hint {
    font-size: 0.875em;
  }
  input,
  select {
    font: inherit;
    color: inherit;
    background: var(--_hbrs-color-surface);
    width: 100%;
    min-height: 44px;
    padding: var(--_hbrs-space-2) var(--_hbrs-space-3);
    border: 1px solid var(--_hbrs-color-text-muted);
    border-radius: var(--_hbrs-radius);
  }
  .combo {
    position: relative;
  }
  [role='listbox'] {
    position: absolute;
    z-index: 2;
    inset-inline: 0;
    top: 100%;
    margin-top: var(--_hbrs-space-1);
    max-height: 320px;
    overflow-y: auto;
    background: var(--_hbrs-color-surface);
    border: 1px solid var(--_hbrs-color-border);
    border-radius: var(--_hbrs-radius);
    box-shadow: 0 4px 12px rgb(0 0 0 / 15%);
  }
  [role='listbox'][hidden] {
    display: none;
  }
  [role='option'] {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: var(--_hbrs-space-2);
    padding: var(--_hbrs-space-2) var(--_hbrs-space-3);
    min-height: 44px;
    cursor: pointer;
  }
  [role='option'][aria-selected='true'] {
    background: var(--_hbrs-color-primary);
    color: var(--_hbrs-color-on-primary);
    outline: 2px solid var(--_hbrs-color-focus);
    outline-offset: -2px;
  }
  [role='option'][aria-selected='true'] .opt-kind {
    color: inherit;
  }
  .filters {
    display: grid;
    grid-template-columns: 1fr;
    gap: var(--_hbrs-space-3);
    margin: var(--_hbrs-space-4) 0;
  }
  .chips ul {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_hbrs-space-2);
    margin-bottom: var(--_hbrs-space-3);
  }
  button {
    font: inherit;
  }
  .chip,
  .pin,
  .unpin {
    min-height: 44px;
    padding: var(--_hbrs-space-1) var(--_hbrs-space-3);
    border: 1px solid var(--_hbrs-color-primary);
    border-radius: 22px;
    background: var(--_hbrs-color-surface-alt);
    color: var(--_hbrs-color-text);
    cursor: pointer;
  }
  .chip .x {
    margin-inline-start: var(--_hbrs-space-2);
    font-weight: 700;
  }
  .chip.clear {
    background: var(--_hbrs-color-surface);
    color: var(--_hbrs-color-primary);
  }
  .pin[aria-pressed='true'] {
    background: var(--_hbrs-color-primary);
    color: var(--_hbrs-color-on-primary);
  }
  .pin[aria-pressed='true']::before {
    content: '✓ ';
  }
  .count {
    font-weight: 700;
  }
  .cards {
    display: grid;
    grid-template-columns: 1fr;
    gap: var(--_hbrs-space-3);
  }
  .card {
    padding: var(--_hbrs-space-3);
    border: 1px solid var(--_hbrs-color-border);
    border-radius: var(--_hbrs-radius);
    background: var(--_hbrs-color-surface-alt);
  }
  .card-title {
    margin: 0 0 var(--_hbrs-space-1);
  }
  .open,
  .linklike {
    display: inline;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_hbrs-color-primary);
    text-align: start;
    text-decoration: underline;
    cursor: pointer;
  }
  .open {
    display: block;
    min-height: 44px;
    font-weight: 700;
  }
  .disc {
    display: block;
    font-weight: 400;
    font-size: 0.9375em;
  }
  .facts {
    margin-bottom: var(--_hbrs-space-2);
  }
  .more,
  .back {
    margin-top: var(--_hbrs-space-3);
  }
  @container (min-width: 560px) {
    .filters {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  @container (min-width: 880px) {
    .filters {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
    .cards {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  @container (max-width: 400px) {
    .hbrs-root {
      padding: var(--_hbrs-space-3);
    }
  }
  @media (forced-colors: active) {
    .chip,
    .pin,
    .card,
    input,
    select,
    [role='listbox'] {
      border: 1px solid CanvasText;
    }
    .pin[aria-pressed='true'],
    [role='option'][aria-selected='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
