import { define } from '@hbrs/core';
import { HbrsPensionEstimator } from './pension-estimator.js';

define('hbrs-pension-estimator', HbrsPensionEstimator);

declare global {
  interface HTMLElementTagNameMap {
    'hbrs-pension-estimator': HbrsPensionEstimator;
  }
}
