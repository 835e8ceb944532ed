import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  Announcer,
  HbrsElement,
  UrlStateController,
  echoInput,
  fill,
  holdUpdateComplete,
  inputErrorMessage,
  inputMessages,
  parseNumberInput,
  type NumberInputResult,
} from '@hbrs/core';
import type { RetirementCategory, StatutoryRetirement } from '@hbrs/sdk/policy';
import {
  MAX_CONTRIBUTION_YEARS,
  MIN_AGE_YEARS,
  MIN_BIRTH_YEAR,
  computeModel,
  currentMonth,
  parseCategoryValue,
  parseYm,
  ymString,
  type RetirementModel,
  type Ym,
} from './model.js';
import { RetirementFormat } from './format.js';
import { renderForm } from './form.js';
import { renderSources } from './provenance.js';
import { renderResult } from './result.js';
import { retirementAgeStyles } from './retirement-age.styles.js';
import zhCN, { type RetirementAgeMessages } from './locales/zh-CN.js';
import { LazyTexts } from '../internal/lazy-texts.js';

export type { RetirementAgeMessages };

// zh-CN ships in the bundle; the English texts are a separate chunk, loaded when the element is in English.
const texts = new LazyTexts<RetirementAgeMessages>(zhCN, () => import('./locales/en.js'));

/** An age or a point in time on the result, as plain data. */
export interface RetirementPointDetail {
  /** Age in whole years and months. */
  age: { years: number; months: number };
  /** Calendar month, `'YYYY-MM'`. */
  at: string;
}

/** `detail` of `hbrs-retirement-change`. */
export interface RetirementChangeDetail extends RetirementPointDetail {
  /** Birth month, `'YYYY-MM'`. */
  birth: string;
  /** Original statutory category. */
  category: RetirementCategory;
  /** Months of delay (延迟月数). */
  delayMonths: number;
  /** Minimum contribution for the statutory year, in months. */
  minContributionMonths: number;
  /** Earliest flexible retirement. */
  earliest: RetirementPointDetail;
  /** Latest flexible retirement. */
  latest: RetirementPointDetail;
  /** Contribution months so far, when given. */
  contributionMonths?: number;
  /** `met`, `on-track` or `short`, when the contribution years are given. */
  track?: 'met' | 'on-track' | 'short';
}

declare module '@hbrs/core' {
  interface HbrsEventMap {
    'hbrs-retirement-change': RetirementChangeDetail;
    'hbrs-retirement-explain': { open: boolean };
  }
}

type PresetError = { field: 'birth' | 'category'; value: string };
type UrlWrite = 'push' | 'replace';

/**
 * "When do I retire?": birth year and month, the original statutory category and, optionally, the
 * contribution years so far give the new statutory retirement age and month after the 2025 reform, the
 * months of delay, the minimum contribution years for that year and whether the person is on track, the
 * flexible earliest and latest retirement, and a timeline (an SVG with a text equivalent). The step-by-step
 * calculation opens on request. Every figure comes from the `@hbrs/sdk/policy` engine, and the legal
 * source is named with its document number and linked. The widget has no data set, so it never shows a
 * sample-data notice and has no loading state.
 *
 * @tagname hbrs-retirement-age
 * @summary Statutory retirement age, month, delay, minimum contribution and flexible bounds after the 2025 reform.
 *
 * @event hbrs-retirement-change - A new result was computed (from the presets, the form or Back/Forward). `detail: RetirementChangeDetail` (birth, category, age, at, delayMonths, minContributionMonths, earliest, latest, contributionMonths?, track?).
 * @event hbrs-retirement-explain - The step-by-step calculation was opened or closed. `detail: { open: boolean }`.
 *
 * @csspart title - The heading.
 * @csspart form - The input form (birth year and month, category, contribution years).
 * @csspart result - The result region.
 * @csspart timeline - The timeline figure (SVG and its text equivalent).
 * @csspart steps - The step-by-step calculation.
 * @csspart source - The legal source (政策依据).
 * @csspart empty - Shown while the birth month or the category is missing.
 * @csspart error - Shown when a preset (`birth`, `category`, `now` or the URL) is not valid.
 *
 * @cssprop [--hbrs-color-primary] - Headings, the statutory marker and the flexible band of the timeline.
 * @cssprop [--hbrs-color-success] - "On track" status.
 * @cssprop [--hbrs-color-danger] - "Short" status and input errors.
 */
export class HbrsRetirementAge extends HbrsElement {
  static override styles = [...HbrsElement.styles, retirementAgeStyles];

  /** Presets the birth month, `'YYYY-MM'` (a `'YYYY-MM-DD'` date is accepted; the day does not matter). */
  @property() birth?: string;

  /** Presets the original statutory category: `male` (60), `female-55` or `female-50`. */
  @property() category?: string;

  /** Presets the contribution years so far (including deemed years), e.g. `12.5`. */
  @property({ attribute: 'contribution-years' }) contributionYears?: string | number;

  /** The current month `'YYYY-MM'` from which contributions are projected; defaults to this month in Asia/Shanghai. */
  @property() now?: string;

  /**
   * Mirror the inputs and the open calculation in the page's query string (`ra.birth`, `ra.cat`, `ra.years`, `ra.steps`).
   * A value (`sync-url="north"`) replaces the default key prefix, for two widgets of one kind on a page.
   */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;

  @state() private year = '';
  @state() private month = '';
  @state() private cat: RetirementCategory | '' = '';
  @state() private contribRaw = '';
  @state() private stepsOpen = false;
  @state() private presetErrors: PresetError[] = [];

  private readonly announcer = new Announcer(this);
  private readonly urlState = new UrlStateController(
    this,
    'ra',
    () => this.syncUrl,
    (s) => this.applyUrlState(s, true),
  );
  private lastKey = '';
  private pendingEmit = false;
  private announceNext = false;
  private cachedKey = '';
  private cachedModel: RetirementModel | undefined;

  private get t(): RetirementAgeMessages {
    return texts.text(this.locale);
  }

  private fmtCache: RetirementFormat | undefined;
  /** Texts and formatting in the current locale. */
  private get fmt(): RetirementFormat {
    const t = this.t;
    if (this.fmtCache?.t !== t) this.fmtCache = new RetirementFormat(t, this.locale);
    return this.fmtCache;
  }

  /** The current result of the statutory-retirement engine, or `undefined` while the input is incomplete. */
  get result(): StatutoryRetirement | undefined {
    return this.model?.statutory;
  }

  private get nowYm(): Ym {
    return parseYm(this.now) ?? currentMonth();
  }

  private get maxYear(): number {
    return this.nowYm.year - MIN_AGE_YEARS;
  }

  private get birthValue(): string | undefined {
    return this.year && this.month
      ? ymString({ year: Number(this.year), month: Number(this.month) })
      : undefined;
  }

  private get contribution(): NumberInputResult | undefined {
    if (this.contribRaw.trim() === '') return undefined;
    return parseNumberInput(this.contribRaw, { min: 0, max: MAX_CONTRIBUTION_YEARS });
  }

  private get model(): RetirementModel | undefined {
    const birth = this.birthValue;
    if (!birth || !this.cat || this.presetErrors.length) return undefined;
    const c = this.contribution;
    const months = c?.ok ? Math.round(c.value * 12) : undefined;
    const now = this.nowYm;
    const key = `${birth}|${this.cat}|${months ?? ''}|${ymString(now)}`;
    if (key !== this.cachedKey) {
      this.cachedKey = key;
      try {
        this.cachedModel = computeModel(parseYm(birth)!, this.cat, now, months);
      } catch {
        this.cachedModel = undefined;
      }
    }
    return this.cachedModel;
  }

  // ---- presets (attributes and URL) ---------------------------------------------------------------

  private setError(field: PresetError['field'], value: string | undefined): void {
    const others = this.presetErrors.filter((e) => e.field !== field);
    this.presetErrors = value === undefined ? others : [...others, { field, value }];
  }

  /** Applies a preset birth month; an empty one clears it, an invalid one shows the error view. */
  private applyBirth(value: string | undefined): void {
    const text = String(value ?? '').trim();
    const ym = parseYm(text);
    const ok = ym && ym.year >= MIN_BIRTH_YEAR && ym.year <= this.maxYear;
    this.year = ok ? String(ym.year) : '';
    this.month = ok ? String(ym.month) : '';
    this.setError('birth', ok || !text ? undefined : String(value));
  }

  /** Applies a preset category; an empty one clears it, an invalid one shows the error view. */
  private applyCategory(value: string | undefined): void {
    const c = parseCategoryValue(value);
    this.cat = c ?? '';
    this.setError('category', c || !String(value ?? '').trim() ? undefined : String(value));
  }

  private applyUrlState(s: Record<string, string>, fromHistory: boolean): void {
    this.applyBirth(s.birth);
    this.applyCategory(s.cat);
    this.contribRaw = s.years ?? '';
    const open = s.steps === '1' && !!this.model;
    if (open !== this.stepsOpen) {
      const hadFocus = this.stepsHaveFocus();
      this.stepsOpen = open;
      this.emit('hbrs-retirement-explain', { open });
      if (!open && hadFocus) void this.updateComplete.then(() => this.focusById('ra-steps-toggle'));
    }
    if (fromHistory) this.announceNext = true;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const english = texts.load(this.locale);
    if (english) {
      holdUpdateComplete(this, english);
      void english.then(() => this.requestUpdate());
    }
    if (changed.has('birth') && this.birth !== this.birthValue) this.applyBirth(this.birth);
    if (changed.has('category') && (this.category ?? '') !== this.cat) this.applyCategory(this.category);
    if (changed.has('contributionYears') && this.contributionYears !== undefined)
      this.contribRaw = String(this.contributionYears);
    if (!this.hasUpdated && this.syncUrl) {
      const s = this.urlState.read();
      if (Object.keys(s).length) this.applyUrlState(s, false);
    }
    // A new result: emitted after the render (updated), announced when a person caused it.
    const m = this.model;
    const key = m ? this.cachedKey : '';
    if (key !== this.lastKey) {
      this.lastKey = key;
      this.pendingEmit = !!m;
      if (m && this.announceNext) {
        const r = m.statutory;
        const fmt = this.fmt;
        this.announcer.announce(
          fill(this.t.announce, {
            age: fmt.age(r.ageMonths),
            date: fmt.date(r.retireAt),
            delay: fmt.delayText(r),
            min: fmt.duration(r.minContribution.totalMonths),
          }),
        );
      }
    }
    this.announceNext = false;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const m = this.model;
    if (!this.pendingEmit || !m) return;
    this.pendingEmit = false;
    const r = m.statutory;
    const point = (p: { age: { years: number; months: number }; at: string }) => ({
      age: { ...p.age },
      at: p.at,
    });
    this.emit('hbrs-retirement-change', {
      birth: r.birth,
      category: r.category,
      age: { ...r.age },
      at: r.retireAt,
      delayMonths: r.delayMonths,
      minContributionMonths: r.minContribution.totalMonths,
      earliest: point(r.earliest),
      latest: point(r.latest),
      ...(m.track ? { contributionMonths: m.track.have, track: m.track.kind } : {}),
    });
  }

  // ---- user input ---------------------------------------------------------------------------------

  private writeUrl(mode: UrlWrite): void {
    this.urlState.write(
      {
        birth: this.birthValue,
        cat: this.cat || undefined,
        years: this.contribRaw.trim() || undefined,
        steps: this.stepsOpen ? '1' : undefined,
      },
      mode,
    );
  }

  private userChanged(mode: UrlWrite): void {
    this.birth = this.birthValue;
    this.category = this.cat || undefined;
    this.announceNext = true;
    if (!this.model && this.stepsOpen) this.stepsOpen = false;
    this.writeUrl(mode);
  }

  /** A select or radio changed: its `name` is the field (`year`, `month`, `ra-cat`). */
  private onField = (e: Event): void => {
    const { name, value } = e.target as HTMLInputElement;
    if (name === 'ra-cat') {
      this.cat = value as RetirementCategory;
      this.setError('category', undefined);
    } else {
      this[name as 'year' | 'month'] = value;
      this.setError('birth', undefined);
    }
    this.userChanged('push');
  };

  private onContribution = (e: Event): void => {
    this.contribRaw = (e.target as HTMLInputElement).value;
    this.contributionYears = this.contribRaw;
    this.announceNext = true;
    this.writeUrl('replace');
  };

  private reset = (): void => {
    this.year = '';
    this.month = '';
    this.cat = '';
    this.contribRaw = '';
    this.contributionYears = undefined;
    this.presetErrors = [];
    this.stepsOpen = false;
    this.userChanged('push');
    void this.updateComplete.then(() => this.focusById('ra-year'));
  };

  private fillIn = (): void => {
    const id = !this.year ? 'ra-year' : !this.month ? 'ra-month' : 'ra-cat-male';
    this.focusById(id);
  };

  private toggleSteps = async (): Promise<void> => {
    this.stepsOpen = !this.stepsOpen;
    this.emit('hbrs-retirement-explain', { open: this.stepsOpen });
    this.writeUrl('push');
    await this.updateComplete;
    this.focusById(this.stepsOpen ? 'ra-steps-title' : 'ra-steps-toggle');
  };

  private onStepsKey = (e: KeyboardEvent): void => {
    if (e.key === 'Escape' && this.stepsOpen) {
      e.stopPropagation();
      void this.toggleSteps();
    }
  };

  private stepsHaveFocus(): boolean {
    const active = this.shadowRoot?.activeElement;
    return !!active && !!active.closest('#ra-steps');
  }

  private focusById(id: string): void {
    (this.renderRoot.querySelector(`#${id}`) as HTMLElement | null)?.focus();
  }

  // ---- rendering ----------------------------------------------------------------------------------

  private renderForm(): TemplateResult {
    const c = this.contribution;
    return renderForm(this.fmt, {
      year: this.year,
      month: this.month,
      cat: this.cat,
      contribRaw: this.contribRaw,
      maxYear: this.maxYear,
      contribError:
        c && !c.ok
          ? inputErrorMessage(inputMessages[this.locale], c.error, { min: 0, max: MAX_CONTRIBUTION_YEARS })
          : '',
      onField: this.onField,
      onContribution: this.onContribution,
      onReset: this.reset,
    });
  }

  private renderError(unexpected?: string): TemplateResult {
    const t = this.t;
    const line = (e: PresetError) =>
      e.field === 'birth'
        ? fill(t.errorBirth, { value: echoInput(e.value), min: MIN_BIRTH_YEAR, max: this.maxYear })
        : fill(t.errorCategory, { value: echoInput(e.value) });
    return html`<div class="hbrs-state hbrs-error" part="error" role="alert">
      <p class="hbrs-state-title">${t.errorTitle}</p>
      ${unexpected ? html`<p>${unexpected}</p>` : this.presetErrors.map((e) => html`<p class="error-line">${line(e)}</p>`)}
      <button type="button" class="hbrs-button" @click=${this.reset}>${t.errorAction}</button>
    </div>`;
  }

  private renderEmpty(): TemplateResult {
    const t = this.t;
    const missing = [
      ...(!this.year || !this.month ? [t.birthLegend] : []),
      ...(!this.cat ? [t.categoryLegend] : []),
    ];
    return html`<div class="hbrs-state hbrs-empty" part="empty">
      <p class="hbrs-state-title">${t.emptyTitle}</p>
      <p>${fill(t.emptyMissing, { fields: missing.join(t.fieldSep) })}</p>
      <button type="button" class="hbrs-button" data-variant="secondary" @click=${this.fillIn}>
        ${t.emptyAction}
      </button>
    </div>`;
  }

  private renderSource(): TemplateResult {
    const t = this.t;
    return html`<section class="source" part="source" aria-labelledby="ra-src-title">
      <h3 id="ra-src-title">${t.sourceTitle}</h3>
      ${renderSources(t)}
    </section>`;
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const m = this.model;
    const body = this.presetErrors.length
      ? this.renderError()
      : m
        ? renderResult(this.fmt, m, {
            open: this.stepsOpen,
            onToggle: this.toggleSteps,
            onKey: this.onStepsKey,
          })
        : this.birthValue && this.cat
          ? this.renderError(this.coreText.errorUnknown)
          : this.renderEmpty();
    return html`<section class="hbrs-root" lang=${this.locale} aria-labelledby="ra-title">
      <h2 id="ra-title" part="title">${t.title}</h2>
      <p class="intro">${t.intro}</p>
      <div class="layout">
        ${this.renderForm()}
        <div class="output">${body}</div>
      </div>
      ${this.renderSource()} ${this.announcer.render()}
    </section>`;
  }
}
