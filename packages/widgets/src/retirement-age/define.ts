import { define } from '@hbrs/core';
import { HbrsRetirementAge } from './retirement-age.js';

define('hbrs-retirement-age', HbrsRetirementAge);

declare global {
  interface HTMLElementTagNameMap {
    'hbrs-retirement-age': HbrsRetirementAge;
  }
}
