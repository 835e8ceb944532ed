import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { cache } from 'lit/directives/cache.js';
import {
  Announcer,
  holdUpdateComplete,
  HbrsElement,
  UrlStateController,
  errorMessage,
  parseYearMonth,
  renderError,
  renderLoading,
} from '@hbrs/core';
import type { AdjustmentRuleSet } from '@hbrs/sdk/policy';
import {
  MODES,
  TERMS,
  TERM_KEYS,
  URL_FIELDS,
  todayInShanghai,
  type PensionMode,
  type Values,
  type FieldName,
} from './model.js';
import { tabLoaders, type AdjustmentModule, type TabModules, type TabPart } from './tabs.js';
import type { PlanChoice } from './adjustment.js';
import { PensionTab, type TabEventMap } from './tab.js';
import { LazyChunk } from '../internal/lazy-chunk.js';
import { RulesController, UnsafeRulesUrlError } from './rules-source.js';
import { pensionEstimatorStyles } from './pension-estimator.styles.js';
import { textStyles } from '../internal/shared.styles.js';
import { LazyTexts } from '../internal/lazy-texts.js';
import zhCN from './locales/zh-CN.js';

/** Message shape of <hbrs-pension-estimator>. */
export type PensionEstimatorMessages = typeof zhCN;
/**
 * zh-CN is built in; the English texts are loaded the first time an element is shown in English. Offline and
 * unable to fetch them, the element shows the Chinese ones rather than wait forever.
 */
const texts = new LazyTexts<PensionEstimatorMessages>(zhCN, () => import('./locales/en.js'));

export type { PensionMode } from './model.js';

/** Detail of `hbrs-pension-estimate`. */
export type PensionEstimateDetail =
  | {
      mode: 'adjustment';
      /** Monthly increase in yuan, or null while the rule set is incomplete. */
      increase: number | null;
      /** Pension after the adjustment, or null while the rule set is incomplete. */
      newPension: number | null;
      eligible: boolean;
      official: boolean;
      /** The adjustment year asked about. */
      year: number;
      /** The year of the plan used (earlier than `year` when that year's plan is not loaded). */
      rulesYear: number;
    }
  | {
      mode: 'retirement';
      basic: number;
      account: number;
      transitional: number;
      total: number;
      annuityMonths: number;
    };

/** The parts of a tab element, re-exported as the estimator's own. */
const TAB_PARTS = 'form, result, total, chart, notice, provenance, empty, loading, error';

declare module '@hbrs/core' {
  interface HbrsEventMap {
    'hbrs-pension-mode': { mode: PensionMode };
    'hbrs-pension-estimate': PensionEstimateDetail;
  }
}

/**
 * Estimates a Hubei enterprise employee's pension: the annual increase of a retiree's pension under a
 * region's adjustment rule set (定额, 挂钩 per contribution year and % of own pension, age and remote-area
 * supplements), or the monthly basic pension at retirement (基础养老金 + 个人账户养老金 + 过渡性养老金)
 * with its formula and a small bar chart. Every input is checked as it is typed, in the page's language.
 *
 * Adjustment plans are rule sets keyed by year. The estimator applies the plan of the year the person asks
 * about (`adjustment-year`, or the year chosen in the form; default: this year by `now`), else the latest
 * plan before it, and says so ("2027年调整方案尚未收录，以下按2026年示例参数测算"). The pension it asks for is
 * the one that plan adjusts (本人2025年12月的基本养老金 for a 2026 plan), so a person who already receives
 * earlier increases enters the right amount.
 *
 * No official Hubei figures could be verified, so by default the widget uses the SDK's Hubei 2025 and 2026
 * rule sets with example parameters (the usual structure of provincial plans, about 2% for a typical retiree,
 * the national level of 2025) and shows an "estimate with example parameters" notice and an "example ·
 * unofficial" badge. A portal loads its official rule sets through the `rules` property or `rules-src` (one or
 * more JSON URLs, or a list file), and the document number is then shown. A rule set with parameters still
 * to be entered (such as the SDK's `HUBEI_2025_ADJUSTMENT` template) shows those parts as "to be published"
 * and no total.
 *
 * Each tab is an internal element (`<hbrs-pension-adjustment-tab>`, `<hbrs-pension-retirement-tab>`) downloaded
 * the first time it is shown (the element holds only what both share), and the account projection the first
 * time a person chooses it; meanwhile the tab shows its loading view, and if
 * the download fails, an error view with a retry button. A `rules`/`rules-src` rule set also loads the
 * adjustment tab, whichever tab is shown, and the validator of rule sets (the built-in ones are not validated
 * in the page, so a page without its own rule sets never downloads it).
 *
 * @tagname hbrs-pension-estimator
 * @summary Pension estimator: annual adjustment for retirees, and the pension at retirement for workers.
 *
 * @event hbrs-pension-mode - The person switched between the two tabs. `detail: { mode: 'adjustment' | 'retirement' }`.
 * @event hbrs-pension-estimate - A new result after an input was committed. `detail`: `{ mode: 'adjustment', increase, newPension, eligible, official, year, rulesYear }` or `{ mode: 'retirement', basic, account, transitional, total, annuityMonths }` (yuan/month).
 * @event hbrs-load - The rule sets of `rules-src` were loaded. `detail: { count: number (rules, all years), sample: boolean (one is not official) }`.
 * @event hbrs-error - A rule set from `rules-src`, or a part of the widget loaded on demand (a tab, the account projection), could not be loaded. `detail: { code: string, message: string }`.
 * @event hbrs-retry - The person pressed "try again" after such an error. `detail: { reason: 'user' }`.
 *
 * @csspart tabs - The tab list.
 * @csspart panel - Each tab panel.
 * @csspart form - The inputs of a panel.
 * @csspart result - The result of a panel.
 * @csspart total - The headline figure of a result.
 * @csspart chart - The bar chart of the pension parts.
 * @csspart notice - The "estimate with example parameters / 示例参数测算" notice.
 * @csspart notice - Also: "the year's plan is not included yet, estimated with the plan of …".
 * @csspart provenance - Where the adjustment rule set comes from (document number, link).
 * @csspart badge - The "example · unofficial" badge of a rule set not marked official.
 * @csspart glossary - The glossary of terms.
 * @csspart empty - The view shown before every required input is filled in.
 * @csspart loading - The loading view while `rules-src`, a tab or the English texts are on their way.
 * @csspart error - The error view with its retry button (rule set, or a part loaded on demand).
 *
 * @cssprop [--hbrs-color-primary] - Tabs, bars and headline figures.
 * @cssprop [--hbrs-color-danger] - Input error messages.
 */
export class HbrsPensionEstimator extends HbrsElement {
  static override styles = [...HbrsElement.styles, textStyles, pensionEstimatorStyles];

  /** Which tab is shown: `adjustment` (annual increase for retirees) or `retirement` (pension at retirement). */
  @property({ reflect: true }) mode: PensionMode = 'adjustment';

  /**
   * Adjustment rule sets (`hbrs/pension-adjustment@1`), one per year, or a single one, instead of the built-in
   * Hubei 2025 and 2026 example sets. Wins over `rules-src`.
   */
  @property({ attribute: false }) rules?: AdjustmentRuleSet | readonly AdjustmentRuleSet[];

  /**
   * URLs (http or https) of JSON adjustment rule sets, one per year, separated by spaces or commas; or of a list
   * file (`hbrs/pension-adjustment-list@1`) naming them. Fetched once and validated; errors are shown with a
   * retry button.
   */
  @property({ attribute: 'rules-src' }) rulesSrc?: string;

  /** The adjustment year asked about first (default: this year by `now`); the form offers the others. */
  @property({ type: Number, attribute: 'adjustment-year' }) adjustmentYear?: number;

  /** The current time: which year's plan applies, and the latest birth year (default: the device clock). */
  @property({ attribute: false }) now?: Date;

  /** Time limit for fetching `rules-src`, in milliseconds. */
  @property({ type: Number, attribute: 'rules-timeout' }) rulesTimeout = 15000;

  /** City (name such as `武汉` or GB/T 2260 code such as `420100`) preselected in the retirement tab. */
  @property() city?: string;

  /** Birth month `YYYY-MM` that presets the retirement tab (with `category`, it fills in the statutory retirement age). */
  @property() birth?: string;

  /** Original statutory retirement category that presets the retirement tab: `male`, `female-55` or `female-50`. */
  @property() category?: string;

  /**
   * Mirror the tab and the inputs in the page's query string under `pe.` keys (shareable links, Back works).
   * A value (`sync-url="north"`) replaces the default key prefix, for two widgets of one kind on a page.
   */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;

  @state() private values: Values = {};
  @state() private touched = new Set<FieldName>();
  private baseEdited = false;
  private started = false;
  private initialMode: PensionMode = 'adjustment';

  private readonly announcer = new Announcer(this);
  /** The rule set in effect (`rules`, `rules-src` or the built-in one). */
  private readonly ruleSet = new RulesController(
    this,
    (name, detail) => this.emit(name, detail),
    () => void this.chunks.adjustment.load(),
  );
  /**
   * Each tab's module (it defines the tab's element), loaded the first time the tab is shown, and the
   * account projection, the first time a person chooses to project the account. A failure shows the
   * shared error view with retry (in the form, for the projection) and emits `hbrs-error`.
   */
  private readonly chunks = {
    adjustment: new LazyChunk(this, () => tabLoaders.adjustment(), {
      when: () => this.mode === 'adjustment',
      onReady: (m) => this.ruleSet.accept(m),
      onError: (e) => this.chunkFailed(e),
    }),
    retirement: new LazyChunk(this, () => tabLoaders.retirement(), {
      when: () => this.mode === 'retirement',
      onReady: (m) => (this.values = m.prefill(this.values, false, this.baseEdited, this.today)),
      onError: (e) => this.chunkFailed(e),
    }),
    projection: new LazyChunk(this, () => tabLoaders.projection(), {
      when: () => this.mode === 'retirement' && this.values.acct === 'project',
      onError: (e) => this.chunkFailed(e),
    }),
  };
  private readonly urlState = new UrlStateController(
    this,
    'pe',
    () => this.syncUrl,
    (s) => this.applyUrlState(s),
  );

  private get t(): PensionEstimatorMessages {
    return texts.text(this.locale);
  }

  private readonly tracked = new WeakSet<Promise<unknown>>();

  private track(pending: Promise<unknown> | undefined): void {
    // `updateComplete` waits for it; the element renders again when it settles.
    if (!pending || this.tracked.has(pending)) return;
    this.tracked.add(pending);
    holdUpdateComplete(this, pending);
    void pending.finally(() => this.requestUpdate());
  }

  private get today(): { year: number; month: number } {
    const now = this.now;
    return todayInShanghai(now instanceof Date && !Number.isNaN(now.getTime()) ? now : new Date());
  }

  /** The tab element on show, once its module has loaded. */
  private get tabElement(): PensionTab | null {
    const tab = this.shadowRoot?.querySelector(`#panel-${this.mode} > .tab`);
    return tab instanceof PensionTab ? tab : null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.started) {
      this.started = true;
      if (MODES.includes(this.mode)) this.initialMode = this.mode;
      this.values = this.initialValues();
      const fromUrl = this.urlState.read();
      if (Object.keys(fromUrl).length) this.applyUrlState(fromUrl);
    }
    this.ruleSet.sync(changed.has('rulesSrc'));
    if (changed.has('mode') && !(MODES as string[]).includes(this.mode)) this.mode = 'adjustment';
    // The English texts load once per page; the element shows its loading view meanwhile.
    this.track(texts.load(this.locale));
    this.track(this.chunks.adjustment.value?.loadTexts(this.locale));
    this.track(this.chunks.retirement.value?.loadTexts(this.locale));
  }

  private chunkFailed(e: unknown): void {
    this.emit('hbrs-error', { code: 'network', message: String(e) });
  }

  private retried(part: TabPart): void {
    this.emit('hbrs-retry', { reason: 'user' });
    // The retry button goes away: focus the next retry button if it failed again, else the first field.
    const field = { adjustment: '#pension', retirement: '#city', projection: '#cbal' }[part];
    void this.updateComplete.then(() => {
      const retry = this.renderRoot.querySelector<HTMLElement>(`#panel-${this.mode} [part=error] button`);
      if (retry) retry.focus();
      else this.tabElement?.focusFirst('[part=error] button', field);
    });
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    // `updateComplete` also waits for the tab on show (its own update).
    const done = await super.getUpdateComplete();
    await this.tabElement?.updateComplete;
    return done;
  }

  private initialValues(): Values {
    // Values from the preset attributes (the retirement tab resolves the city and fills the rest).
    const v: Values = { acct: 'balance', city: this.city?.trim() || '420100' };
    // The core parser, as in <hbrs-retirement-age>: `１９７０-０１`, `1970-1`, `1970年1月` are all January 1970.
    const birth = parseYearMonth(this.birth);
    if (birth) {
      v.rby = String(birth.year);
      v.rbm = String(birth.month);
    }
    if (this.category && ['male', 'female-55', 'female-50'].includes(this.category)) v.cat = this.category;
    const retirement = this.chunks.retirement.value;
    return retirement ? retirement.prefill(v, false, this.baseEdited, this.today) : v;
  }

  private applyUrlState(s: Record<string, string>): void {
    // Applies `pe.*` keys read from the URL (first render, Back and Forward).
    const mode = s.m as PensionMode;
    this.mode = MODES.includes(mode) ? mode : this.initialMode;
    const v: Values = { ...this.initialValues() };
    for (const f of URL_FIELDS) if (s[f] !== undefined) v[f] = s[f].slice(0, 40);
    if (s.base !== undefined) this.baseEdited = true;
    this.values = v;
    this.touched = new Set(URL_FIELDS.filter((f) => s[f] !== undefined));
  }

  private writeUrl(mode: 'push' | 'replace'): void {
    const s: Record<string, string | undefined> = { m: this.mode };
    for (const f of URL_FIELDS) s[f] = this.values[f];
    this.urlState.write(s, mode);
  }

  private selectMode(mode: PensionMode, focus = false): void {
    if (mode !== this.mode) {
      this.mode = mode;
      this.emit('hbrs-pension-mode', { mode });
      this.writeUrl('push');
    }
    if (focus) {
      void this.updateComplete.then(() =>
        (this.renderRoot.querySelector(`#tab-${mode}`) as HTMLElement | null)?.focus(),
      );
    }
  }

  private readonly onTabKey = (e: KeyboardEvent): void => {
    const n = MODES.length;
    const i = MODES.indexOf(this.mode);
    const step: Record<string, number> = {
      ArrowRight: i + 1,
      ArrowDown: i + 1,
      ArrowLeft: i + n - 1,
      ArrowUp: i + n - 1,
      Home: 0,
      End: n - 1,
    };
    if (!(e.key in step)) return;
    e.preventDefault();
    this.selectMode(MODES[step[e.key]! % n]!, true);
  };

  private readonly onInput = (e: CustomEvent<TabEventMap['i-hbrs-pension-input']>): void => {
    // A tab changed a field (the retirement tab's module fills in what follows from birth, category, city).
    const { name, value, touch } = e.detail;
    const v: Values = { ...this.values, [name]: value.slice(0, 40) };
    const retirement = this.chunks.retirement.value;
    if (name === 'base') this.baseEdited = true;
    if (name === 'city') this.baseEdited = false;
    this.values =
      retirement && ['rby', 'rbm', 'cat', 'city'].includes(name)
        ? retirement.prefill(v, true, this.baseEdited, this.today)
        : v;
    if (touch && !this.touched.has(name)) this.touched = new Set([...this.touched, name]);
  };

  private readonly onChange = (): void => {
    this.writeUrl('replace');
    void this.updateComplete.then(() => this.report());
  };

  private report(): void {
    // Announces the current result and emits `hbrs-pension-estimate`.
    const [adjustment, retirement] = [this.chunks.adjustment.value, this.chunks.retirement.value];
    let out: ReturnType<TabModules['retirement']['report']>;
    if (this.mode === 'adjustment' && adjustment) {
      const plan = this.plan(adjustment);
      const input = { messages: this.t, locale: this.locale, values: this.values, today: this.today };
      out = plan && adjustment.report(input, plan);
    } else if (this.mode === 'retirement' && retirement) {
      out = retirement.report(this.values, this.today, this.locale, this.chunks.projection.value);
    }
    if (!out) return;
    this.emit('hbrs-pension-estimate', out.detail);
    this.announcer.announce(out.message);
  }

  private readonly useExample = (): void => {
    let v: Values = { ...this.values };
    if (this.mode === 'adjustment') {
      Object.assign(v, { pension: '3000', years: '30', aby: '1950', abm: '3', remote: '' });
    } else if (this.chunks.retirement.value) {
      const m = this.chunks.retirement.value;
      this.baseEdited = false;
      v = m.prefill({ ...v, ...m.EXAMPLE }, true, false, this.today);
    }
    this.values = v;
    this.onChange();
  };

  private readonly onTabRetry = (): void => {
    void this.chunks.projection.retry();
    this.retried('projection');
  };

  private renderTab(mode: PensionMode): TemplateResult {
    // The loading view while the tab's module is on its way, or its error view with retry.
    const options = { rows: 4, onRetry: () => this.retried(mode) };
    return mode === 'adjustment'
      ? this.chunks.adjustment.render((m) => this.renderAdjustment(m), options)
      : this.chunks.retirement.render((m) => this.renderRetirement(m), options);
  }

  /** The plan of the year asked about, once the rule sets are there. */
  private plan(adjustment: AdjustmentModule): PlanChoice | undefined {
    const registry = this.ruleSet.current.registry;
    return registry && adjustment.choosePlan(registry, this.values, this.adjustmentYear, this.today);
  }

  private renderAdjustment(adjustment: AdjustmentModule): TemplateResult {
    // Props down: the values, what the field errors need, the tab's own input (the plan of the year).
    const { t, locale } = this;
    const { registry, error, retry } = this.ruleSet.current;
    if (error) {
      const message =
        error instanceof UnsafeRulesUrlError ? t.rulesUnsafeUrl : errorMessage(this.coreText, error);
      return renderError(this.coreText, { message, onRetry: retry ? this.ruleSet.retry : undefined });
    }
    // Loading while the rule set or the tab's English texts are on their way.
    if (!registry || adjustment.loadTexts(locale)) return renderLoading(this.coreText, 4);
    return html`<hbrs-pension-adjustment-tab
      class="tab"
      exportparts=${TAB_PARTS}
      .values=${this.values}
      .touched=${this.touched}
      .messages=${t}
      .locale=${locale}
      .today=${this.today}
      .plan=${this.plan(adjustment)}
    ></hbrs-pension-adjustment-tab>`;
  }

  private renderRetirement(retirement: TabModules['retirement']): TemplateResult {
    // Props down, and the account projection engine (or its failure) for the projected balance.
    if (retirement.loadTexts(this.locale)) return renderLoading(this.coreText, 4);
    return html`<hbrs-pension-retirement-tab
      class="tab"
      exportparts=${TAB_PARTS}
      .values=${this.values}
      .touched=${this.touched}
      .messages=${this.t}
      .locale=${this.locale}
      .today=${this.today}
      .projection=${this.chunks.projection.value}
      .projectionFailed=${this.chunks.projection.status === 'error'}
    ></hbrs-pension-retirement-tab>`;
  }

  private renderGlossary(): TemplateResult {
    const t = this.t;
    return html`<section class="glossary" part="glossary" aria-labelledby="glossary-title">
      <h3 id="glossary-title">${t.glossary}</h3>
      ${TERMS.map((term) => {
        const [name, def] = TERM_KEYS[term];
        return html`<details data-term=${term}>
          <summary>${t[name]}</summary>
          <p>${t[def]}</p>
        </details>`;
      })}
    </section>`;
  }

  protected override render(): TemplateResult {
    if (!texts.settled(this.locale)) {
      return html`<section class="hbrs-root" lang=${this.locale}>
        ${renderLoading(this.coreText, 4)}
      </section>`;
    }
    const t = this.t;
    const tabLabel = { adjustment: t.tabAdjustment, retirement: t.tabRetirement };
    return html`<section class="hbrs-root" lang=${this.locale} aria-labelledby="pe-title">
      <h2 id="pe-title">${t.title}</h2>
      <div role="tablist" aria-label=${t.tablist} part="tabs" @keydown=${this.onTabKey}>
        ${MODES.map(
          (m) =>
            html`<button
              type="button"
              role="tab"
              id="tab-${m}"
              aria-selected=${m === this.mode ? 'true' : 'false'}
              aria-controls="panel-${m}"
              tabindex=${m === this.mode ? '0' : '-1'}
              @click=${() => this.selectMode(m)}
            >
              ${tabLabel[m]}
            </button>`,
        )}
      </div>
      ${MODES.map(
        (m) =>
          html`<div
            role="tabpanel"
            id="panel-${m}"
            aria-labelledby="tab-${m}"
            part="panel"
            ?hidden=${m !== this.mode}
            @i-hbrs-pension-input=${this.onInput}
            @i-hbrs-pension-commit=${this.onChange}
            @i-hbrs-pension-example=${this.useExample}
            @i-hbrs-pension-retry=${this.onTabRetry}
          >
            ${cache(m === this.mode ? this.renderTab(m) : nothing)}
          </div>`,
      )}
      ${this.renderGlossary()} ${this.announcer.render()}
    </section>`;
  }
}
