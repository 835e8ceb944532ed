import { html, nothing, svg, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  Announcer,
  HbrsElement,
  UrlStateController,
  fill,
  inputErrorMessage,
  parseNumberInput,
  type Dictionaries,
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
  timelineScale,
  ymString,
  type RetirementModel,
  type Ym,
} from './model.js';
import { renderSources } from './provenance.js';
import { retirementAgeStyles } from './retirement-age.styles.js';
import zhCN from './locales/zh-CN.js';
import en from './locales/en.js';

/** Message shape of <hbrs-retirement-age>. */
export type RetirementAgeMessages = typeof zhCN;

const messages: Dictionaries<RetirementAgeMessages> = { 'zh-CN': zhCN, en };

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

const CATEGORIES: readonly RetirementCategory[] = ['male', 'female-55', 'female-50'];

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
    return messages[this.locale];
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
        this.announcer.announce(
          fill(this.t.announce, {
            age: this.age(r.ageMonths),
            date: this.date(r.retireAt),
            delay: this.delayText(r),
            min: this.duration(r.minContribution.totalMonths),
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

  /** A select or radio changed: its `name` is the field (`year`, `month`, `cat`). */
  private onField = (e: Event): void => {
    const { name, value } = e.target as HTMLInputElement;
    if (name === 'cat') {
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

  // ---- formatting ---------------------------------------------------------------------------------

  private monthsPart(m: number): string {
    return m === 0 ? '' : fill(m === 1 ? this.t.month1 : this.t.monthsN, { n: m });
  }

  /** An age in months, e.g. 61岁4个月 / 61 years 4 months. */
  private age(totalMonths: number): string {
    const y = Math.floor(totalMonths / 12);
    const m = totalMonths % 12;
    return [fill(this.t.ageYears, { n: y }), this.monthsPart(m)].filter(Boolean).join(this.t.unitSep);
  }

  /** A duration in months, e.g. 15年6个月 / 15 years 6 months. */
  private duration(totalMonths: number): string {
    const y = Math.floor(totalMonths / 12);
    const m = totalMonths % 12;
    const years = y === 0 ? '' : fill(y === 1 ? this.t.year1 : this.t.yearsN, { n: y });
    return [years, this.monthsPart(m)].filter(Boolean).join(this.t.unitSep) || fill(this.t.monthsN, { n: 0 });
  }

  /** Month names (English) or numbers (Chinese). No Intl: its first use costs 10–25 ms on a slow phone. */
  private monthName(month: number): string {
    return this.t.monthNames[month - 1] ?? String(month);
  }

  /** A `'YYYY-MM'` month, e.g. 2031年5月 / May 2031. */
  private date(ym: string): string {
    const p = parseYm(ym)!;
    return fill(this.t.date, { year: p.year, month: this.monthName(p.month) });
  }

  private delayText(r: StatutoryRetirement): string {
    return r.delayMonths === 0
      ? this.t.delayNone
      : fill(this.t.delayMonths, { months: this.monthsPart(r.delayMonths) });
  }

  // ---- rendering ----------------------------------------------------------------------------------

  private catLabel(c: RetirementCategory): string {
    return c === 'male'
      ? this.t.categoryMale
      : c === 'female-55'
        ? this.t.categoryFemale55
        : this.t.categoryFemale50;
  }

  private renderForm(): TemplateResult {
    const t = this.t;
    const years: number[] = [];
    for (let y = MIN_BIRTH_YEAR, max = this.maxYear; y <= max; y++) years.push(y);
    const c = this.contribution;
    const contribError =
      c && !c.ok ? inputErrorMessage(this.coreText, c.error, { min: 0, max: MAX_CONTRIBUTION_YEARS }) : '';
    return html`<form
      part="form"
      class="form"
      aria-label=${t.formLabel}
      @submit=${(e: Event) => e.preventDefault()}
    >
      <fieldset class="birth">
        <legend>${t.birthLegend}</legend>
        <div class="birth-fields">
          <div class="field">
            <label for="ra-year">${t.birthYear}</label>
            <select
              id="ra-year"
              name="year"
              autocomplete="bday-year"
              .value=${this.year}
              @change=${this.onField}
            >
              <option value="" ?selected=${!this.year}>${t.choose}</option>
              ${years.map(
                (y) =>
                  html`<option value=${y} ?selected=${String(y) === this.year}>
                    ${fill(t.yearOption, { year: y })}
                  </option>`,
              )}
            </select>
          </div>
          <div class="field">
            <label for="ra-month">${t.birthMonth}</label>
            <select
              id="ra-month"
              name="month"
              autocomplete="bday-month"
              .value=${this.month}
              @change=${this.onField}
            >
              <option value="" ?selected=${!this.month}>${t.choose}</option>
              ${[...Array(12).keys()].map(
                (i) =>
                  html`<option value=${i + 1} ?selected=${String(i + 1) === this.month}>
                    ${fill(t.monthOption, { month: this.monthName(i + 1) })}
                  </option>`,
              )}
            </select>
          </div>
        </div>
      </fieldset>
      <fieldset class="category" aria-describedby="ra-cat-help">
        <legend>${t.categoryLegend}</legend>
        <p id="ra-cat-help" class="help">${t.categoryHelp}</p>
        ${CATEGORIES.map(
          (c) =>
            html`<div class="radio">
              <input
                type="radio"
                id="ra-cat-${c}"
                name="cat"
                value=${c}
                .checked=${this.cat === c}
                @change=${this.onField}
              />
              <label for="ra-cat-${c}">${this.catLabel(c)}</label>
            </div>`,
        )}
      </fieldset>
      <div class="field contrib">
        <label for="ra-years">${t.contribLabel}</label>
        <p id="ra-years-hint" class="help">${t.contribHint}</p>
        <div class="with-unit">
          <input
            id="ra-years"
            type="text"
            inputmode="decimal"
            autocomplete="off"
            .value=${this.contribRaw}
            aria-invalid=${contribError ? 'true' : 'false'}
            aria-describedby=${contribError ? 'ra-years-hint ra-years-error' : 'ra-years-hint'}
            @input=${this.onContribution}
          />
          <span aria-hidden="true">${t.contribUnit}</span>
        </div>
        ${contribError ? html`<p id="ra-years-error" class="input-error">${contribError}</p>` : nothing}
      </div>
      <button type="button" class="hbrs-button reset" data-variant="secondary" @click=${this.reset}>
        ${t.reset}
      </button>
    </form>`;
  }

  private renderError(unexpected?: string): TemplateResult {
    const t = this.t;
    const line = (e: PresetError) =>
      e.field === 'birth'
        ? fill(t.errorBirth, { value: e.value, min: MIN_BIRTH_YEAR, max: this.maxYear })
        : fill(t.errorCategory, { value: e.value });
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

  private renderPoint(p: { ageMonths: number; at: string }): TemplateResult {
    return html`${this.age(p.ageMonths)}${this.t.pointSep}<time datetime=${p.at}>${this.date(p.at)}</time>`;
  }

  private renderResult(m: RetirementModel): TemplateResult {
    const t = this.t;
    const r = m.statutory;
    const track = m.track;
    const early = m.early;
    return html`<section class="result" part="result" aria-labelledby="ra-result-title">
      <h3 id="ra-result-title">${t.resultTitle}</h3>
      <p class="for">
        ${fill(t.resultFor, { birth: this.date(r.birth), category: this.catLabel(r.category) })}
      </p>
      <dl class="facts">
        <div class="fact key" data-key="age">
          <dt>${t.statutoryAge}</dt>
          <dd>${this.age(r.ageMonths)}</dd>
        </div>
        <div class="fact key" data-key="retire-at">
          <dt>${t.retireAt}</dt>
          <dd><time datetime=${r.retireAt}>${this.date(r.retireAt)}</time></dd>
        </div>
        <div class="fact" data-key="delay">
          <dt>${t.delay}</dt>
          <dd>${this.delayText(r)}${r.capReached ? t.delayCap : ''}</dd>
        </div>
        <div class="fact" data-key="min-contribution">
          <dt>${t.minContribution}</dt>
          <dd>
            ${fill(t.minContributionFor, {
              years: this.duration(r.minContribution.totalMonths),
              year: r.minContribution.year,
            })}
          </dd>
        </div>
        ${
          track
            ? html`<div class="fact" data-key="track" data-track=${track.kind}>
                <dt>${t.onTrack}</dt>
                <dd class="status status-${track.kind}">
                  ${fill(
                    track.kind === 'met'
                      ? t.trackMet
                      : track.kind === 'on-track'
                        ? t.trackOnTrack
                        : t.trackShort,
                    {
                      have: this.duration(track.have),
                      projected: this.duration(track.projected),
                      min: this.duration(track.min),
                      short: this.duration(track.short),
                    },
                  )}
                </dd>
              </div>`
            : nothing
        }
        ${
          r.beforeReform
            ? nothing
            : html`<div class="fact" data-key="earliest">
                  <dt>${t.earliest}</dt>
                  <dd>
                    ${this.renderPoint(r.earliest)}
                    <p class="note">
                      ${fill(t.earliestNote, { min: this.duration(r.earliest.minContribution.totalMonths) })}
                      ${
                        early
                          ? fill(early.ok ? t.earliestYes : t.earliestNo, {
                              projected: this.duration(early.projected),
                            })
                          : nothing
                      }
                    </p>
                  </dd>
                </div>
                <div class="fact" data-key="latest">
                  <dt>${t.latest}</dt>
                  <dd>
                    ${this.renderPoint(r.latest)}
                    <p class="note">${t.latestNote}</p>
                  </dd>
                </div>`
        }
      </dl>
      ${r.beforeReform ? html`<p class="notice">${t.beforeReform}</p>` : nothing}
      ${r.beyondOfficialTable ? html`<p class="notice">${fill(t.beyondTable, { age: this.age(r.ageMonths) })}</p>` : nothing}
      ${r.beforeReform ? nothing : this.renderTimeline(r)} ${this.renderSteps(r)}
      <p class="disclaimer">${t.disclaimer}</p>
    </section>`;
  }

  private renderTimeline(r: StatutoryRetirement): TemplateResult {
    const t = this.t;
    const scale = timelineScale(r);
    const original = r.originalAge.years * 12;
    const axisY = 56;
    const label = this.age(r.ageMonths);
    const sx = scale.x(r.ageMonths);
    const anchor = sx < 70 ? 'start' : sx > 290 ? 'end' : 'middle';
    const items: { key: string; label: string; ageMonths: number; at: string }[] = [
      { key: 'original', label: t.timelineOriginal, ageMonths: original, at: r.originalRetireAt },
      { key: 'earliest', label: t.earliest, ageMonths: r.earliest.ageMonths, at: r.earliest.at },
      { key: 'statutory', label: t.statutoryAge, ageMonths: r.ageMonths, at: r.retireAt },
      { key: 'latest', label: t.latest, ageMonths: r.latest.ageMonths, at: r.latest.at },
    ];
    const desc = items
      .map((i) => `${i.label}${t.labelSep}${this.age(i.ageMonths)}${t.pointSep}${this.date(i.at)}`)
      .join(t.listSep);
    return html`<figure class="timeline" part="timeline">
      <svg
        class="chart"
        role="img"
        aria-labelledby="ra-tl-title ra-tl-desc"
        viewBox="0 0 360 100"
        width="100%"
        focusable="false"
      >
        <title id="ra-tl-title">${t.timelineTitle}</title>
        <desc id="ra-tl-desc">${desc}</desc>
        <rect
          class="tl-band"
          x=${scale.x(r.earliest.ageMonths)}
          y=${axisY - 14}
          width=${Math.max(2, scale.x(r.latest.ageMonths) - scale.x(r.earliest.ageMonths))}
          height="28"
          rx="4"
        ></rect>
        <line class="tl-axis" x1="8" x2="352" y1=${axisY} y2=${axisY}></line>
        ${scale.ticks.map(
          (k) => svg`<line class="tl-tick" x1=${k.x} x2=${k.x} y1=${axisY + 14} y2=${axisY + 22}></line>
            <text class="tl-tick-label" x=${k.x} y=${axisY + 38} text-anchor="middle" font-size="15">${k.years}</text>`,
        )}
        <line
          class="tl-original"
          x1=${scale.x(original)}
          x2=${scale.x(original)}
          y1=${axisY - 26}
          y2=${axisY + 14}
        ></line>
        ${this.marker('earliest', scale.x(r.earliest.ageMonths), axisY)}
        ${this.marker('latest', scale.x(r.latest.ageMonths), axisY)}
        <line class="tl-statutory-line" x1=${sx} x2=${sx} y1=${axisY - 30} y2=${axisY}></line>
        ${this.marker('statutory', sx, axisY)}
        <text class="tl-label" x=${sx} y=${axisY - 38} text-anchor=${anchor} font-size="17" font-weight="700">
          ${label}
        </text>
      </svg>
      <figcaption>
        <ol class="legend">
          ${items.map(
            (i) =>
              html`<li data-key=${i.key}>
                <svg
                  class="swatch"
                  viewBox="0 0 24 24"
                  width="20"
                  height="20"
                  aria-hidden="true"
                  focusable="false"
                >
                  ${
                    i.key === 'original'
                      ? svg`<line class="tl-original" x1="12" x2="12" y1="2" y2="22"></line>`
                      : this.marker(i.key as 'earliest' | 'statutory' | 'latest', 12, 12)
                  }
                </svg>
                <span class="legend-label">${i.label}</span>
                <span class="legend-value">${this.renderPoint(i)}</span>
              </li>`,
          )}
        </ol>
      </figcaption>
    </figure>`;
  }

  private marker(key: 'earliest' | 'statutory' | 'latest', x: number, y: number): SVGTemplateResult {
    if (key === 'statutory') return svg`<circle class="tl-statutory" cx=${x} cy=${y} r="10"></circle>`;
    // Earliest: a triangle pointing right; latest: pointing left (they face into the flexible band).
    const d =
      key === 'earliest'
        ? `M${x - 8} ${y - 9} L${x + 6} ${y} L${x - 8} ${y + 9} Z`
        : `M${x + 8} ${y - 9} L${x - 6} ${y} L${x + 8} ${y + 9} Z`;
    return svg`<path class="tl-${key}" d=${d}></path>`;
  }

  private renderSteps(r: StatutoryRetirement): TemplateResult {
    const t = this.t;
    return html`<div class="steps-wrap">
      <button
        type="button"
        id="ra-steps-toggle"
        class="hbrs-button steps-toggle"
        data-variant="secondary"
        aria-expanded=${this.stepsOpen ? 'true' : 'false'}
        aria-controls="ra-steps"
        @click=${this.toggleSteps}
      >
        ${t.stepsToggle}
      </button>
      <section
        id="ra-steps"
        class="steps"
        part="steps"
        aria-labelledby="ra-steps-title"
        ?hidden=${!this.stepsOpen}
        @keydown=${this.onStepsKey}
      >
        <h4 id="ra-steps-title" tabindex="-1">${t.stepsTitle}</h4>
        <ol>
          ${r.steps
            .filter((s) => !r.beforeReform || (s.key !== 'earliest' && s.key !== 'latest'))
            .map((s) => html`<li data-key=${s.key}>${this.locale === 'en' ? s.en : s.zh}</li>`)}
        </ol>
        <button
          type="button"
          class="hbrs-button steps-close"
          data-variant="secondary"
          @click=${this.toggleSteps}
        >
          ${t.stepsClose}
        </button>
      </section>
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
        ? this.renderResult(m)
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
