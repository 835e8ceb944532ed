/**
 * The finder's secondary views, the programme detail and the comparison table, loaded on demand (a separate
 * chunk in the CDN build) so the search and the results render without them. Importing it defines their
 * internal elements.
 * @module
 */
import { define } from '@hbrs/core';
import { HbrsPostdocCompare } from './views/compare.js';
import { HbrsPostdocDetail } from './views/detail.js';

export { POSTDOC_SUPPORT_SCHEMES } from './schemes.js';
export type { PostdocViewEvents } from './views/view-element.js';

define('hbrs-postdoc-detail', HbrsPostdocDetail);
define('hbrs-postdoc-compare', HbrsPostdocCompare);

declare global {
  interface HTMLElementTagNameMap {
    'hbrs-postdoc-detail': HbrsPostdocDetail;
    'hbrs-postdoc-compare': HbrsPostdocCompare;
  }
}
