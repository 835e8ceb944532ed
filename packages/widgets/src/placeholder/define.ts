import { define } from '@hbrs/core';
import { HbrsPlaceholder } from './placeholder.js';

define('hbrs-placeholder', HbrsPlaceholder);

declare global {
  interface HTMLElementTagNameMap {
    'hbrs-placeholder': HbrsPlaceholder;
  }
}
