// Widget classes without registration: register them yourself, or import `@hbrs/widgets/all`.
export * from './placeholder/index.js';
export { VERSION } from '@hbrs/core';
