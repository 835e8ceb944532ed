import type { Locale } from '@hbrs/core';
import { loadEnglishNames } from './names.js';

/**
 * Texts of a widget (or of one of its lazily loaded parts): Chinese ships in the bundle, English is a
 * separate chunk fetched once per page, only when an element is in English, together with the SDK's English
 * names of divisions, disciplines and schemes (`names` in `./names.js`): the English texts count as there
 * once both are. If the chunk fails, the
 * Chinese texts stay and nothing asks again on the next update; `load(locale, true)` (a data reload)
 * tries again.
 */
export class LazyTexts<M, Mod extends { default: M } = { default: M }> {
  /** Imports the English chunk. Tests replace it to hold or fail the chunk. */
  importer: () => Promise<Mod>;
  private readonly zh: M;
  private readonly onLoad: ((m: Mod) => void) | undefined;
  private en: M | undefined;
  private pending: Promise<void> | undefined;
  private failed = false;

  /**
   * @param zh - the Chinese texts (in the bundle)
   * @param importer - `() => import('./locales/en.js')`
   * @param onLoad - what else to take from the English module once it is there (labels of vocabularies)
   */
  constructor(zh: M, importer: () => Promise<Mod>, onLoad?: (m: Mod) => void) {
    this.zh = zh;
    this.importer = importer;
    this.onLoad = onLoad;
  }

  /** The texts in `locale`, if they are there. */
  get(locale: Locale): M | undefined {
    return locale === 'zh-CN' ? this.zh : this.en;
  }

  /** The texts in `locale`, Chinese until (or unless) the English ones are there. */
  text(locale: Locale): M {
    return this.get(locale) ?? this.zh;
  }

  /** Whether there is nothing to wait for in `locale`: the texts are there, or their chunk failed. */
  settled(locale: Locale): boolean {
    return this.get(locale) !== undefined || this.failed;
  }

  /** The English chunk's load while it is on its way. */
  get loading(): Promise<void> | undefined {
    return this.pending;
  }

  /**
   * Starts (once) the load of the texts in `locale` and returns it; undefined when there is nothing to
   * load: the texts are there, or their chunk failed and `retry` is not set.
   */
  load(locale: Locale, retry = false): Promise<void> | undefined {
    if (this.get(locale) || (this.failed && !retry)) return undefined;
    this.pending ??= Promise.all([this.importer(), loadEnglishNames()]).then(
      ([m]) => {
        this.en = m.default;
        this.onLoad?.(m);
      },
      () => {
        this.pending = undefined;
        this.failed = true;
      },
    );
    return this.pending;
  }

  /** Forgets the English texts and any failure, as if they had never been asked for (tests). */
  forget(): void {
    this.en = undefined;
    this.pending = undefined;
    this.failed = false;
  }
}
