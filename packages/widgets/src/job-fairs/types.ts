/**
 * The types of <hbrs-job-fairs> that are not its class: what it loads, and its events' details (declared on
 * `HbrsEventMap`, so `el.addEventListener('hbrs-fair-open', (e) => e.detail.id)` type-checks on a host page).
 * @module
 */
import type { DivisionIndex, JobFairIndex } from '@hbrs/sdk';
import type { JobFairFilters, JobFairsView } from './filters.js';

/** What <hbrs-job-fairs> loads: the fair index, the division index (when available) and filter options. */
export interface JobFairsData {
  fairs: JobFairIndex;
  divisions: DivisionIndex | undefined;
  /** Campaign codes present in the data, in vocabulary order. */
  campaigns: string[];
  /** Target groups present in the data. */
  audiences: string[];
}

declare module '@hbrs/core' {
  interface HbrsEventMap {
    /** The user changed a filter; `count` is the number of matching fairs. */
    'hbrs-filter-change': { filters: JobFairFilters; count: number };
    /** A fair's detail opened. */
    'hbrs-fair-open': { id: string; name: string };
    /** A fair's detail closed. */
    'hbrs-fair-close': { id: string };
    /** An `.ics` calendar file was generated for a fair. */
    'hbrs-fair-calendar': { id: string; filename: string; ics: string };
    /** The share link of a fair was copied (or offered for manual copying). */
    'hbrs-fair-share': { id: string; url: string; copied: boolean };
    /** The view changed between the list and the month grid. */
    'hbrs-view-change': { view: JobFairsView };
  }
}
