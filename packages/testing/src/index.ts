export { HOSTILE_CSS, installHostileHost } from './hostile.js';
export { HOSTILE_STRINGS, HOSTILE_URLS, hugeText, wasPwned } from './strings.js';
export { openCspPage, type CspPageResult } from './csp.js';
export { expectAccessible, expectStatesAccessible, type WidgetState } from './a11y.js';
export { tab, press, deepActiveElement } from './keyboard.js';
export { captureConsole } from './console.js';
export { seededRandom, pick, randomInt, shuffle, type Random } from './random.js';
export {
  fakeFetch,
  fakeClient,
  jsonResponse,
  FAKE_FEED,
  type FakeFetch,
  type FakeFetchOptions,
  type FakeClientOptions,
} from './fake-fetch.js';
