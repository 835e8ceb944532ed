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

/**
 * Data text in a list row, a card or a table cell is clamped: `hbrs-clamp` to three lines, `hbrs-clamp-2` to
 * two, cut anywhere (a 1 MB name without a space is still three lines). The whole text stays in the DOM
 * (screen readers read it) and is shown whole, wrapped, in the item's detail. Put it on the element that
 * holds the text (a focusable one keeps its focus ring: an element's overflow never clips its own outline),
 * and after the widget's own styles.
 */
export const clampStyles = css`
  .hbrs-clamp,
  .hbrs-clamp-2 {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    line-clamp: 3;
    overflow: hidden;
    overflow-wrap: anywhere;
    min-width: 0;
  }
  .hbrs-clamp-2 {
    -webkit-line-clamp: 2;
    line-clamp: 2;
  }
`;
