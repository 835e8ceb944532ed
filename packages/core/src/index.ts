export { VERSION } from './version.js';
export { define, type HbrsTagName, type VersionedElement } from './define.js';
export { HbrsElement } from './element.js';
export type { HbrsEventMap, HbrsEventName, HbrsEvent, HbrsDomEventMap } from './events.js';
export {
  LOCALES,
  DEFAULT_LOCALE,
  LocaleController,
  normalizeLocale,
  findLang,
  resolveLocale,
  type Locale,
} from './locale.js';
export {
  coreMessages,
  formatMoney,
  formatDateTime,
  fill,
  errorMessage,
  inputErrorMessage,
  type CoreMessages,
  type Dictionaries,
} from './i18n.js';
export { numberFormat, dateTimeFormat, TIME_ZONE } from './intl.js';
export {
  defaultTokens,
  themes,
  cityThemes,
  allThemes,
  themeFrom,
  contrastRatio,
  tokenStyles,
  themesStylesheet,
  LARGE_TEXT_SCALE,
  type TokenName,
  type ThemeName,
  type ThemeTokens,
} from './tokens.js';
export { baseStyles } from './base.styles.js';
export { renderLoading, renderEmpty, renderError, renderSampleNotice, stateStyles } from './states.js';
export { LoadController, type LoadStatus } from './load-controller.js';
export { NearViewportController } from './near-viewport.js';
export { holdUpdateComplete } from './hold.js';
export { loadCoreTexts } from './english.js';
export { safeUrl, SAFE_SCHEMES } from './url.js';
export { Announcer } from './announcer.js';
export { UrlStateController, type UrlState } from './url-state.js';
export {
  toHalfWidth,
  parseNumberInput,
  parseYearMonth,
  echoInput,
  inputMessages,
  type InputMessages,
  ECHO_MAX,
  type NumberInputError,
  type NumberInputOptions,
  type NumberInputResult,
  type YearMonth,
} from './input.js';
