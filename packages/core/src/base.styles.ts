import { css } from 'lit';

/**
 * Styles every widget starts from: a `:host` that resets what a host page can leak in through
 * inheritance (font, colour, line height, text alignment…), the widget's frame (padding, border, radius),
 * border-box sizing inside the shadow
 * root, px-based sizes (never rem: portals set `html { font-size: 62.5% }`), a visible focus ring,
 * a visually-hidden helper, and reduced-motion and forced-colours support.
 */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    container-type: inline-size;
    min-width: 0;
  }
  :host([hidden]) {
    display: none !important;
  }
  .hbrs-root {
    font-family: var(--_hbrs-font-family);
    font-size: calc(var(--_hbrs-font-size) * var(--_hbrs-font-scale));
    line-height: var(--_hbrs-line-height);
    color: var(--_hbrs-color-text);
    background: var(--_hbrs-color-surface);
    font-weight: 400;
    font-style: normal;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-transform: none;
    text-indent: 0;
    white-space: normal;
    overflow-wrap: anywhere;
    unicode-bidi: isolate;
    padding: var(--_hbrs-space-4);
    border: 1px solid var(--_hbrs-color-border);
    border-radius: var(--_hbrs-radius);
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: var(--_hbrs-focus-ring-width) solid var(--_hbrs-color-focus);
    outline-offset: 2px;
  }
  .hbrs-visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  button.hbrs-button {
    font: inherit;
    min-height: 44px;
    padding: var(--_hbrs-space-2) var(--_hbrs-space-4);
    border-radius: var(--_hbrs-radius);
    border: 1px solid var(--_hbrs-color-primary);
    background: var(--_hbrs-color-primary);
    color: var(--_hbrs-color-on-primary);
    cursor: pointer;
  }
  button.hbrs-button:hover {
    background: var(--_hbrs-color-primary-hover);
  }
  button.hbrs-button[data-variant='secondary'] {
    background: var(--_hbrs-color-surface);
    color: var(--_hbrs-color-primary);
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
  @media (forced-colors: active) {
    button.hbrs-button {
      border: 1px solid ButtonText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
