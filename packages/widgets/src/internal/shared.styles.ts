import { css } from 'lit';

/**
 * Headings and paragraphs inside a widget: the title (`h2`) in the primary colour, section and
 * sub-section headings, paragraph spacing. Sizes in em (the widget's font size follows
 * `--hbrs-font-size` and the large-text mode).
 */
export const textStyles = css`
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
    font-size: 1.125em;
  }
  h4 {
    font-size: 1em;
  }
  p {
    margin: 0 0 var(--_hbrs-space-2);
  }
`;

/** The look of `selectField`, `inputField` and `radioGroup` (44 px targets, visible focus from base styles). */
export const fieldStyles = css`
  .field {
    display: grid;
    gap: var(--_hbrs-space-1);
    min-width: 0;
    align-content: start;
  }
  .field > label,
  .label-row > label {
    font-weight: 600;
  }
  .label-row {
    display: flex;
    align-items: center;
    gap: var(--_hbrs-space-2);
  }
  .field input,
  .field select {
    font: inherit;
    width: 100%;
    min-height: 44px;
    padding: var(--_hbrs-space-2) var(--_hbrs-space-3);
    border: 1px solid var(--_hbrs-color-text-muted);
    border-radius: var(--_hbrs-radius);
    background: var(--_hbrs-color-surface);
    color: var(--_hbrs-color-text);
  }
  .field [aria-invalid='true'] {
    border: 2px solid var(--_hbrs-color-danger);
  }
  .field .hint,
  fieldset > .hint {
    margin: 0;
    color: var(--_hbrs-color-text-muted);
    font-size: 0.875em;
  }
  .field-error {
    margin: 0;
    color: var(--_hbrs-color-danger);
    font-weight: 600;
  }
  .radio {
    display: flex;
    align-items: center;
    gap: var(--_hbrs-space-2);
    min-height: 44px;
  }
  .radio input {
    flex: none;
    width: 24px;
    height: 24px;
    margin: 0;
    accent-color: var(--_hbrs-color-primary);
  }
`;
