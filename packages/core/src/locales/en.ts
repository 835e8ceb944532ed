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
  errorNetwork: 'The data service could not be reached. Check the connection and try again.',
  errorCrossOrigin:
    'The data service is unreachable, or does not let this site read it (CORS). Check the connection or tell the site administrator.',
  errorTimeout: 'The data service took too long to answer. Please try again later.',
  errorHttp: 'The data service returned an error',
  errorInvalidData: 'The data received is not in the expected format and cannot be shown.',
  errorNotFound: 'The requested data was not found.',
  errorUnknown: 'Something unexpected went wrong. Please try again later.',
  inputEmpty: 'Please fill in this field.',
  inputNotANumber: 'Please enter a number.',
  inputNegative: 'Must not be negative.',
  inputNotInteger: 'Please enter a whole number.',
  inputTooSmall: 'Too small: the minimum is {min}.',
  inputTooLarge: 'Too large: the maximum is {max}.',
};
export default en;
