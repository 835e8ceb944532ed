export {
  HbrsRetirementAge,
  type RetirementAgeMessages,
  type RetirementChangeDetail,
  type RetirementPointDetail,
} from './retirement-age.js';
