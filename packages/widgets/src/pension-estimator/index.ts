export {
  HbrsPensionEstimator,
  type PensionEstimatorMessages,
  type PensionEstimateDetail,
  type PensionMode,
} from './pension-estimator.js';
