import type { CoreMessages } from '../i18n.js';

/** Shared texts (en): state views and the sample-data notice. */
const en: CoreMessages = {
  loading: 'Loading…',
  emptyTitle: 'No results found',
  emptyAction: 'Clear filters',
  errorTitle: 'The data could not be loaded',
  retry: 'Try again',
  sampleNoticeTitle: 'Sample data',
  sampleNotice: 'The information shown is sample data for demonstration only, not official information.',
};
export default en;
