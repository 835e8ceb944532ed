import { coreMessages } from './i18n.js';
import { inputMessages } from './input.js';
import type { Locale } from './locale.js';

let pending: Promise<void> | undefined;
let settled = false;

/**
 * Loads (once per page) core's English texts, the state views' and the input messages: a separate chunk,
 * so Chinese pages never download it. Until it is there, `coreMessages.en` and `inputMessages.en` hold the
 * Chinese texts. Returns the load while there is one to wait for; `undefined` in Chinese, once the texts are
 * there, or after a failure (the Chinese texts stay; nothing asks again). Every `HbrsElement` in English
 * calls it before it renders, re-renders when the texts arrive, and its `updateComplete` waits for them.
 */
export function loadCoreTexts(locale: Locale): Promise<void> | undefined {
  if (locale !== 'en' || settled) return undefined;
  pending ??= import('./locales/english.js').then(
    (m) => {
      coreMessages.en = m.core;
      inputMessages.en = m.input;
    },
    () => undefined,
  );
  void pending.then(() => (settled = true));
  return pending;
}
