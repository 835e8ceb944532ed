import { css } from 'lit';

export const placeholderStyles = css`
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
  p {
    margin: 0 0 var(--_hbrs-space-3);
  }
  @container (max-width: 400px) {
    .hbrs-root {
      padding: var(--_hbrs-space-3);
    }
  }
`;
