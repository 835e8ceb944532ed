// Generated from @hbrs/widgets/custom-elements.json by scripts/generate.mjs. Do not edit.
export { HbrsJobFairs, type HbrsJobFairsProps } from './job-fairs.js';
export { HbrsPensionEstimator, type HbrsPensionEstimatorProps } from './pension-estimator.js';
export { HbrsPostdocFinder, type HbrsPostdocFinderProps } from './postdoc-finder.js';
export { HbrsRetirementAge, type HbrsRetirementAgeProps } from './retirement-age.js';
export { HbrsServiceMap, type HbrsServiceMapProps } from './service-map.js';
