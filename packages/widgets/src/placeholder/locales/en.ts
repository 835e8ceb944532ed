import type { PlaceholderMessages } from '../placeholder.js';

/** Texts of <hbrs-placeholder> (en). */
const en: PlaceholderMessages = {
  title: 'Hubei HR & social security widgets',
  body: 'This element proves the build, test and release pipeline. The job-fair, pension, retirement-age, postdoc and service-point widgets are on their way.',
  emptyMessage: 'Nothing matches.',
  errorMessage: 'Sample error: the data service could not be reached.',
};
export default en;
