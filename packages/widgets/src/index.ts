// Widget classes without registration: register them yourself, or import `@hbrs/widgets/all`.
export * from './job-fairs/index.js';
export * from './pension-estimator/index.js';
export * from './postdoc-finder/index.js';
export * from './retirement-age/index.js';
export * from './service-map/index.js';
export { VERSION } from '@hbrs/core';
