/**
 * The views chunk of <hbrs-job-fairs>, loaded on demand (a separate chunk in the CDN build) so the list renders
 * without it: it defines the internal sub-elements `<hbrs-job-fair-detail>` (the detail body, `.ics` and share)
 * and `<hbrs-job-fair-calendar>` (the month grid), each with its texts (both locales) and styles.
 * @module
 */
import { define } from '@hbrs/core';
import { HbrsJobFairCalendar } from './calendar.js';
import { HbrsJobFairDetail } from './detail.js';

export { HbrsJobFairCalendar, type JobFairViewEventMap } from './calendar.js';
export { HbrsJobFairDetail, icsFor } from './detail.js';

define('hbrs-job-fair-detail', HbrsJobFairDetail);
define('hbrs-job-fair-calendar', HbrsJobFairCalendar);

declare global {
  interface HTMLElementTagNameMap {
    'hbrs-job-fair-detail': HbrsJobFairDetail;
    'hbrs-job-fair-calendar': HbrsJobFairCalendar;
  }
}
