export {
  HbrsJobFairs,
  fairStatus,
  fairCounts,
  type JobFairsMessages,
  type JobFairsData,
  type JobFairFilters,
  type JobFairFilterName,
  type JobFairMode,
  type JobFairsView,
} from './job-fairs.js';
export {
  writeIcs,
  escapeText,
  foldLine,
  icsFileName,
  ICS_TZID,
  type IcsEvent,
  type IcsOptions,
} from './ics.js';
export { DATE_PRESETS, presetBounds, type DatePreset, type DateBounds } from './dates.js';
