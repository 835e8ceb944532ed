import { define } from '@hbrs/core';
import { HbrsServiceMap } from './service-map.js';

define('hbrs-service-map', HbrsServiceMap);

declare global {
  interface HTMLElementTagNameMap {
    'hbrs-service-map': HbrsServiceMap;
  }
}
