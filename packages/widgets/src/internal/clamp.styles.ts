import { css } from 'lit';

/**
 * Data text in a list row, a card or a table cell is clamped: `hbrs-clamp` to three lines, `hbrs-clamp-2` to
 * two, cut anywhere (a 1 MB name without a space is still three lines). The whole text stays in the DOM
 * (screen readers read it) and is shown whole, wrapped, in the item's detail. Put it on the element that
 * holds the text (a focusable one keeps its focus ring: an element's overflow never clips its own outline),
 * and after the widget's own styles. In a module of its own (not `shared.styles.ts`): a widget that needs
 * only this does not download the field and text styles.
 */
export const clampStyles = css`
  .hbrs-clamp,
  .hbrs-clamp-2 {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    overflow: hidden;
    overflow-wrap: anywhere;
  }
  .hbrs-clamp-2 {
    -webkit-line-clamp: 2;
  }
`;
