export {
  HbrsRetirementAge,
  type RetirementAgeMessages,
  type RetirementChangeDetail,
  type RetirementPointDetail,
} from './retirement-age.js';
export { computeModel, timelineScale, type RetirementModel, type Track, type TrackKind } from './model.js';
