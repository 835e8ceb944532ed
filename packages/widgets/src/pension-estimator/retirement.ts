/**
 * The "pension at retirement" tab of <hbrs-pension-estimator>: its element,
 * `<hbrs-pension-retirement-tab>`, with the tab's model (`retirement-model.ts`: account projection, 计发基数 by
 * city, statutory retirement age, `basicPension`). Loaded on demand the first time the tab is shown, so the
 * default adjustment tab does not download the retirement engine.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { define, errorMessage, fill, formatMoney, renderError, type Locale } from '@hbrs/core';
import { HUBEI_CONTRIBUTION_BASE, HUBEI_REGIONS, type BasicPensionResult } from '@hbrs/sdk/policy';
import { renderBarChart } from './chart.js';
import { retirementStyles } from './retirement.styles.js';
import type { Values } from './model.js';
import type { PensionEstimateDetail } from './pension-estimator.js';
import type { ProjectionModule } from './tabs.js';
import { LazyTexts } from '../internal/lazy-texts.js';
import { names } from '../internal/names.js';
import { PensionTab } from './tab.js';
import { selectField } from '../internal/fields.js';
import { DEFAULT_FUTURE_RATE, cityCode, computeRetirement, estimateIndex } from './retirement-model.js';
import zhCN, { type RetirementMessages } from './locales/retirement.zh-CN.js';

export {
  DEFAULT_FUTURE_RATE,
  EXAMPLE,
  cityCode,
  computeRetirement,
  defaultBase,
  estimateIndex,
  prefill,
  statutoryFrom,
  type RetirementOutcome,
} from './retirement-model.js';

/** zh-CN is built in; the English texts are loaded the first time the tab is shown in English. */
const texts = new LazyTexts<RetirementMessages>(zhCN, () => import('./locales/retirement.en.js'));

/**
 * Loads the tab's texts in `locale` once per page: a promise while they are on their way, undefined when
 * they are there. Offline and unable to fetch the English texts, the tab shows the Chinese ones.
 */
export function loadTexts(locale: Locale): Promise<unknown> | undefined {
  return texts.load(locale);
}

/** The retirement tab's texts in `locale` (Chinese until the English ones are loaded). */
export function retirementText(locale: Locale): RetirementMessages {
  return texts.text(locale);
}

/**
 * The "pension at retirement" tab of `<hbrs-pension-estimator>`: the form (city, 计发基数, index with its
 * helper, years, account balance or its projection, birth and category, retirement age) and the result with
 * its formula and bar chart. Internal: the estimator renders it once this chunk has loaded, passes the values,
 * the projection engine and its texts down, and hears the tab's `i-hbrs-pension-*` events; it is themed by the
 * estimator's tokens.
 *
 * @partOf hbrs-pension-estimator
 * @tagname hbrs-pension-retirement-tab
 */
export class HbrsPensionRetirementTab extends PensionTab {
  static override styles = [...PensionTab.styles, retirementStyles];

  /** The account projection engine, once loaded (the estimator asks for it when the person chooses it). */
  @property({ attribute: false }) projection?: ProjectionModule;

  /** The projection engine could not be downloaded: its error view offers a retry. */
  @property({ attribute: false }) projectionFailed = false;

  @state() private indexHelperOpen = false;

  /** A labelled select of the form (the shared `selectField`); choosing commits. */
  private readonly select = (
    name: string,
    label: string,
    options: readonly (readonly [string, string])[],
    value: string,
  ): TemplateResult => selectField({ id: name, name, label, options, value, onChange: this.onSelect });

  private toggleIndexHelper(average: number | undefined): void {
    this.indexHelperOpen = !this.indexHelperOpen;
    if (this.indexHelperOpen && !this.values.ia && average)
      this.send('i-hbrs-pension-input', { name: 'ia', value: String(average), touch: false });
  }

  private readonly applyIndex = (): void => {
    const i = estimateIndex(this.values);
    if (i === undefined) return;
    this.send('i-hbrs-pension-input', { name: 'index', value: String(i), touch: true });
    this.indexHelperOpen = false;
    this.onChange();
    void this.updateComplete.then(() => this.focusFirst('#index'));
  };

  private renderProjectionError(): TemplateResult | typeof nothing {
    if (!this.projectionFailed) return nothing;
    return renderError(this.core, {
      message: errorMessage(this.core, { code: 'network' }),
      onRetry: () => this.send('i-hbrs-pension-retry', undefined),
    });
  }

  /** A 参保地's name: the 市州 by the shared lookup, and 省直 (the provincial institutions). */
  private regionName(r: (typeof HUBEI_REGIONS)[number]): string {
    return r.code === '420000'
      ? retirementText(this.locale).provinceLevel
      : names.division(r.code, r.fullName, this.locale);
  }

  protected override render(): TemplateResult {
    const { messages: t, values: v } = this;
    const m = retirementText(this.locale);
    const out = computeRetirement(v, this.today, this.projection);
    const code = cityCode(v.city);
    const region = HUBEI_REGIONS.find((r) => r.code === code);
    const db = out.defaultBase;
    const baseHint = db
      ? fill(m.baseHint, {
          city: region ? this.regionName(region) : '',
          year: db.valueYear,
          value: db.value,
        }) + (db.provisional ? ` ${fill(m.baseProvisional, { year: db.year, valueYear: db.valueYear })}` : '')
      : undefined;
    const tier = HUBEI_CONTRIBUTION_BASE[2025]?.find((x) => x.regions.includes(code));
    const est = estimateIndex(v);
    const select = this.select;
    return html`<div class="form" part="form">
        ${select(
          'city',
          m.city,
          HUBEI_REGIONS.map((r) => [r.code, this.regionName(r)] as const),
          code,
        )}
        ${this.numberField('base', this.unit(m.base, t.perMonth), { hint: baseHint, help: 'base' })}
        ${this.numberField('index', m.index, { hint: m.indexHint, help: 'index' })}
        <div class="helper">
          <button
            type="button"
            class="link-btn"
            aria-expanded=${this.indexHelperOpen ? 'true' : 'false'}
            aria-controls="index-helper"
            @click=${() => this.toggleIndexHelper(tier?.average)}
          >
            ${m.estimateIndex}
          </button>
          <div id="index-helper" ?hidden=${!this.indexHelperOpen}>
            ${
              this.indexHelperOpen
                ? html`${this.numberField('iw', this.unit(m.wage, t.perMonth))}
                    ${this.numberField('ia', this.unit(m.average, t.perMonth))}
                    <p aria-live="polite">
                      ${est === undefined ? nothing : fill(m.estimatedIndex, { value: est.toFixed(2) })}
                    </p>
                    <button
                      type="button"
                      class="hbrs-button"
                      ?disabled=${est === undefined}
                      @click=${this.applyIndex}
                    >
                      ${m.applyIndex}
                    </button>`
                : nothing
            }
          </div>
        </div>
        ${this.numberField('ry', this.unit(m.totalYears, t.yearsUnit))}
        ${this.numberField('deemed', this.unit(m.deemed, t.yearsUnit), {
          hint: m.deemedHint,
          help: 'deemed',
          extraError: out.deemedTooLarge ? m.deemedTooLarge : undefined,
        })}
        <fieldset>
          <legend>${m.account}</legend>
          ${(['balance', 'project'] as const).map(
            (a) =>
              html`<div class="check">
                <input
                  type="radio"
                  id="acct-${a}"
                  name="acct"
                  value=${a}
                  .checked=${(v.acct || 'balance') === a}
                  @change=${this.onSelect}
                /><label for="acct-${a}">${a === 'balance' ? m.accountKnown : m.accountProject}</label>
              </div>`,
          )}
          ${
            v.acct === 'project'
              ? html`${this.numberField('cbal', this.unit(m.currentBalance, t.yuan))}
                ${this.numberField('wage', this.unit(m.contributionWage, t.perMonth))}
                ${this.numberField('left', this.unit(m.yearsLeft, t.yearsUnit), { integer: true })}
                ${this.numberField('rate', this.unit(m.futureRate, m.percent), { hint: `${DEFAULT_FUTURE_RATE}` })}
                ${
                  out.projection && out.projectionRange
                    ? html`<p class="projected">
                        ${fill(m.projected, { ...out.projectionRange, amount: this.money(out.projection.balance) })}
                        ${out.projection.usesAssumedRates ? m.assumedRates : ''}
                      </p>`
                    : nothing
                }
                ${this.renderProjectionError()}`
              : this.numberField('balance', this.unit(m.balance, t.yuan))
          }
        </fieldset>
        <fieldset>
          <legend>${m.birthOptional}</legend>
          <div class="pair">
            ${this.numberField('rby', t.birthYear, { integer: true })}
            ${this.monthSelect('rbm', t.birthMonth, false)}
          </div>
          ${select(
            'cat',
            m.category,
            [
              ['', t.choose],
              ['male', m.categoryMale],
              ['female-55', m.categoryFemale55],
              ['female-50', m.categoryFemale50],
            ],
            v.cat ?? '',
          )}
          ${
            out.statutory
              ? html`<p class="statutory">
                  ${fill(m.statutoryAge, {
                    age:
                      this.locale === 'en'
                        ? `${out.statutory.age.years} ${m.ageYears} ${out.statutory.age.months} ${m.ageMonths}`
                        : out.statutory.ageZh,
                    at: out.statutory.retireAt,
                  })}
                </p>`
              : nothing
          }
        </fieldset>
        <fieldset>
          <legend>${m.retireAge}</legend>
          <div class="pair">
            ${this.numberField('ageY', this.unit(m.ageYearsLabel, m.ageYears), { integer: true, help: 'months' })}
            ${this.numberField('ageM', this.unit(m.ageMonthsLabel, m.ageMonths), { integer: true })}
          </div>
        </fieldset>
      </div>
      ${
        out.error
          ? html`<p class="compute-error" role="alert">${this.policyMessage(out.error)}</p>`
          : out.result
            ? this.renderResult(out.result)
            : this.renderEmptyResult()
      }`;
  }

  private renderResult(r: BasicPensionResult): TemplateResult {
    const t = this.messages;
    const m = retirementText(this.locale);
    const step = (key: string) => r.steps.find((s) => s.key === key)?.formula;
    const rows = [
      { key: 'basic', label: m.basic, value: r.basic },
      { key: 'account', label: m.accountPension, value: r.account },
      { key: 'transitional', label: m.transitional, value: r.transitional },
    ];
    const notes: string[] = [];
    if (!r.annuity.officialTableValue) notes.push(fill(m.interpolated, { formula: r.annuity.formula }));
    if (r.annuity.usesDisputedAge47) notes.push(m.age47);
    if (r.transitionalIsEstimate) notes.push(m.transitionalEstimate);
    if (r.contributionYears < 15) notes.push(m.belowMinimum);
    notes.push(m.excludes);
    const row = (key: string, label: string, value: number) =>
      html`<tr data-part=${key}>
        <th scope="row">${label}</th>
        <td class="formula">${step(key) ?? '0'}</td>
        <td class="amount">${this.money(value)}</td>
      </tr>`;
    return html`<div class="result" part="result">
      <dl class="headline" part="total">
        <div>
          <dt>${m.total}</dt>
          <dd>${this.money(r.total)}</dd>
        </div>
      </dl>
      <div class="result-grid">
        <table>
          <caption>
            ${m.chartTitle}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t.colPart}</th>
              <th scope="col">${m.formula}</th>
              <th scope="col">${t.colAmount}</th>
            </tr>
          </thead>
          <tbody>
            ${rows.map((x) => row(x.key, x.label, x.value))} ${row('total', m.total, r.total)}
          </tbody>
        </table>

        ${renderBarChart(
          'pe-chart',
          m.chartTitle,
          rows.map((x) => ({ ...x, display: this.money(x.value) })),
          this.locale === 'en' ? '; ' : '；',
        )}
      </div>
      <p class="annuity">${fill(m.annuityMonths, { months: r.annuity.months })}</p>
      <ul class="notes">
        ${notes.map((n) => html`<li>${n}</li>`)}
      </ul>
    </div>`;
  }
}

define('hbrs-pension-retirement-tab', HbrsPensionRetirementTab);

declare global {
  interface HTMLElementTagNameMap {
    'hbrs-pension-retirement-tab': HbrsPensionRetirementTab;
  }
}

/** The event detail and the announcement of the current result, if there is one. */
export function report(
  values: Values,
  today: { year: number },
  locale: Locale,
  projection?: ProjectionModule,
): { detail: PensionEstimateDetail; message: string } | undefined {
  const r = computeRetirement(values, today, projection).result;
  if (!r) return undefined;
  return {
    detail: {
      mode: 'retirement',
      basic: r.basic,
      account: r.account,
      transitional: r.transitional,
      total: r.total,
      annuityMonths: r.annuity.months,
    },
    message: fill(retirementText(locale).announceRetirement, { total: formatMoney(locale, r.total) }),
  };
}
