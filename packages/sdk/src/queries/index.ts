export * from './common.js';
export * from './keyword.js';
export * from './job-fairs.js';
export * from './postdoc.js';
export * from './service-points.js';
export * from './divisions.js';
