import { define } from '@hbrs/core';
import { HbrsPostdocFinder } from './postdoc-finder.js';

define('hbrs-postdoc-finder', HbrsPostdocFinder);

declare global {
  interface HTMLElementTagNameMap {
    'hbrs-postdoc-finder': HbrsPostdocFinder;
  }
}
