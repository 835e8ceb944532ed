import { define } from '@hbrs/core';
import { HbrsJobFairs } from './job-fairs.js';

define('hbrs-job-fairs', HbrsJobFairs);

declare global {
  interface HTMLElementTagNameMap {
    'hbrs-job-fairs': HbrsJobFairs;
  }
}
