/**
 * The "pension at retirement" tab of <hbrs-pension-estimator>: its model (account projection, 计发基数 by
 * city, statutory retirement age, `basicPension`) and its view. Loaded on demand the first time the tab is
 * shown, so the default adjustment tab does not download the retirement engine.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { fill, formatMoney, type Locale } from '@hbrs/core';
import {
  HUBEI_CONTRIBUTION_BASE,
  HUBEI_REGIONS,
  PolicyError,
  basicPension,
  clampContributionBase,
  hubeiContributionBase,
  hubeiPensionBase,
  statutoryRetirement,
  type AccountProjection,
  type BasicPensionResult,
  type HubeiPensionBase,
  type StatutoryRetirement,
} from '@hbrs/sdk/policy';
import { renderBarChart } from './chart.js';
export { retirementStyles } from './retirement.styles.js';
import { num, parseField, yearMonth, type TabUi, type Values } from './model.js';
import type { PensionEstimateDetail } from './pension-estimator.js';
import type { ProjectionModule } from './tabs.js';
import { LazyTexts } from '../internal/lazy-texts.js';
import zhCN, { type RetirementMessages } from './locales/retirement.zh-CN.js';

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

/** Default assumed future 记账利率, percent: the last confirmed national rate (2024: 2.62%). */
export const DEFAULT_FUTURE_RATE = 2.62;

/** What the retirement mode needs and produces. */
export interface RetirementOutcome {
  /** Year the person retires (for the default 计发基数). */
  year: number;
  statutory?: StatutoryRetirement;
  defaultBase?: HubeiPensionBase;
  projection?: AccountProjection;
  projectionRange?: { from: number; to: number; lower: number; upper: number };
  deemedTooLarge: boolean;
  result?: BasicPensionResult;
  error?: PolicyError;
}

/** Statutory retirement from the optional birth and category fields, if both are valid. */
export function statutoryFrom(values: Values, maxYear: number): StatutoryRetirement | undefined {
  const birth = yearMonth(num(parseField(values, 'rby', maxYear)), values.rbm);
  if (!birth || !values.cat) return undefined;
  try {
    return statutoryRetirement({ birth, category: values.cat as 'male' });
  } catch {
    return undefined;
  }
}

/** Default 计发基数 of a city for a year (latest earlier year when not on file). */
export function defaultBase(city: string, year: number): HubeiPensionBase | undefined {
  for (const y of [year, 2025]) {
    try {
      return hubeiPensionBase(city, y);
    } catch {
      // year before the first known one, or unknown city: try the latest year
    }
  }
  return undefined;
}

/**
 * Runs the account projection and `basicPension` when every required field is valid. Without the
 * projection engine (`projection`, loaded on demand), a projected account has no balance yet.
 */
export function computeRetirement(
  values: Values,
  today: { year: number },
  projection?: ProjectionModule,
): RetirementOutcome {
  const statutory = statutoryFrom(values, today.year);
  const birthYear = num(parseField(values, 'rby', today.year));
  const ageY = num(parseField(values, 'ageY'));
  const ageM = num(parseField(values, 'ageM')) ?? 0;
  let year = statutory ? Number(statutory.retireAt.slice(0, 4)) : today.year;
  if (!statutory && birthYear !== undefined && ageY !== undefined) {
    const m = Number(values.rbm) || 1;
    year = birthYear + ageY + Math.floor((m - 1 + ageM) / 12);
  }
  const city = values.city || '420100';
  const out: RetirementOutcome = {
    year,
    statutory,
    defaultBase: defaultBase(city, Math.max(year, today.year)),
    deemedTooLarge: false,
  };
  const base = num(parseField(values, 'base'));
  const index = num(parseField(values, 'index'));
  const ry = num(parseField(values, 'ry'));
  const deemed = num(parseField(values, 'deemed'));
  if (ry !== undefined && deemed !== undefined && deemed > ry) out.deemedTooLarge = true;
  try {
    let balance: number | undefined;
    if (values.acct === 'project') {
      const wage = num(parseField(values, 'wage'));
      const left = num(parseField(values, 'left'));
      const rateField = parseField(values, 'rate');
      const current = num(parseField(values, 'cbal')) ?? 0;
      if (projection && wage !== undefined && left !== undefined && rateField.ok) {
        const rate = (rateField.value ?? DEFAULT_FUTURE_RATE) / 100;
        if (left === 0) {
          balance = current;
        } else {
          let bounds = { lower: 0, upper: Number.MAX_SAFE_INTEGER };
          try {
            bounds = hubeiContributionBase(city, 2025);
          } catch {
            // city without a tier: no clamping
          }
          const from = today.year;
          const to = today.year + left - 1;
          const contributions = projection.contributionSchedule({
            fromYear: from,
            toYear: to,
            monthlyBase: clampContributionBase(wage, bounds),
          });
          out.projection = projection.projectAccount({ balance: current, contributions, futureRate: rate });
          out.projectionRange = { from, to, lower: bounds.lower, upper: bounds.upper };
          balance = out.projection.balance;
        }
      }
    } else {
      balance = num(parseField(values, 'balance'));
    }
    if (
      base === undefined ||
      index === undefined ||
      ry === undefined ||
      ageY === undefined ||
      balance === undefined ||
      !parseField(values, 'deemed').ok ||
      !parseField(values, 'ageM').ok ||
      out.deemedTooLarge
    )
      return out;
    out.result = basicPension({
      base,
      averageIndex: index,
      contributionYears: ry,
      accountBalance: balance,
      retireAge: { years: ageY, months: ageM },
      transitional: deemed ? { deemedYears: deemed } : undefined,
    });
  } catch (e) {
    if (e instanceof PolicyError) out.error = e;
    else throw e;
  }
  return out;
}

/** Estimated contribution index: wage ÷ average, kept within 0.6–3 and rounded to two decimals. */
export function estimateIndex(values: Values): number | undefined {
  const w = num(parseField(values, 'iw'));
  const a = num(parseField(values, 'ia'));
  if (w === undefined || a === undefined) return undefined;
  const i = Math.min(3, Math.max(0.6, w / a));
  return Math.round(i * 100) / 100;
}

/** Region code for a city name, full name or code; Wuhan when unknown. */
export function cityCode(city: string | undefined): string {
  const c = city?.trim() ?? '';
  return HUBEI_REGIONS.find((r) => r.code === c || r.name === c || r.fullName === c)?.code ?? '420100';
}

/**
 * Fills the retirement age from birth and category, and the 计发基数 from the city: always when `force`
 * (the person changed one of them), else only into empty fields (first load, a shared link).
 */
export function prefill(
  values: Values,
  force: boolean,
  baseEdited: boolean,
  today: { year: number },
): Values {
  const v: Values = { ...values, city: cityCode(values.city) };
  const s = statutoryFrom(v, today.year);
  if (s && (force || !v.ageY)) {
    v.ageY = String(s.age.years);
    v.ageM = String(s.age.months);
  }
  if (!baseEdited && (force || !v.base)) {
    const out = computeRetirement(v, today);
    if (out.defaultBase) v.base = String(out.defaultBase.value);
  }
  return v;
}

/** The example of the empty state: Wuhan, index 1, 35 years, 139000 yuan at 60. */
export const EXAMPLE: Values = {
  city: '420100',
  index: '1',
  ry: '35',
  deemed: '0',
  acct: 'balance',
  balance: '139000',
  ageY: '60',
  ageM: '0',
  rby: '',
  rbm: '',
  cat: '',
};

/** The tab's form and result. */
export function renderRetirement(ui: TabUi): TemplateResult {
  const { t, values: v } = ui;
  const m = retirementText(ui.locale);
  const out = computeRetirement(v, ui.today, ui.projection);
  const code = cityCode(v.city);
  const region = HUBEI_REGIONS.find((r) => r.code === code);
  const en = ui.locale === 'en';
  const db = out.defaultBase;
  const baseHint = db
    ? fill(m.baseHint, {
        city: (en ? region?.name : region?.fullName) ?? '',
        year: db.valueYear,
        value: db.value,
      }) + (db.provisional ? ` ${fill(m.baseProvisional, { year: db.year, valueYear: db.valueYear })}` : '')
    : undefined;
  const tier = HUBEI_CONTRIBUTION_BASE[2025]?.find((x) => x.regions.includes(code));
  const est = estimateIndex(v);
  const select = (
    name: string,
    label: string,
    options: readonly (readonly [string, string])[],
    value: string,
  ) =>
    html`<div class="field">
      <div class="label-row"><label for=${name}>${label}</label></div>
      <select id=${name} name=${name} @change=${ui.onSelect}>
        ${options.map(([val, text]) => html`<option value=${val} ?selected=${val === value}>${text}</option>`)}
      </select>
    </div>`;
  return html`<div class="form" part="form">
      ${select(
        'city',
        m.city,
        HUBEI_REGIONS.map((r) => [r.code, en ? `${r.name} ${r.code}` : r.fullName] as const),
        code,
      )}
      ${ui.numberField('base', ui.unit(m.base, t.perMonth), { hint: baseHint, help: 'base' })}
      ${ui.numberField('index', m.index, { hint: m.indexHint, help: 'index' })}
      <div class="helper">
        <button
          type="button"
          class="link-btn"
          aria-expanded=${ui.indexHelperOpen ? 'true' : 'false'}
          aria-controls="index-helper"
          @click=${() => ui.toggleIndexHelper(tier?.average)}
        >
          ${m.estimateIndex}
        </button>
        <div id="index-helper" ?hidden=${!ui.indexHelperOpen}>
          ${
            ui.indexHelperOpen
              ? html`${ui.numberField('iw', ui.unit(m.wage, t.perMonth))}
                  ${ui.numberField('ia', ui.unit(m.average, t.perMonth))}
                  <p aria-live="polite">
                    ${est === undefined ? nothing : fill(m.estimatedIndex, { value: est.toFixed(2) })}
                  </p>
                  <button
                    type="button"
                    class="hbrs-button"
                    ?disabled=${est === undefined}
                    @click=${ui.applyIndex}
                  >
                    ${m.applyIndex}
                  </button>`
              : nothing
          }
        </div>
      </div>
      ${ui.numberField('ry', ui.unit(m.totalYears, t.yearsUnit))}
      ${ui.numberField('deemed', ui.unit(m.deemed, t.yearsUnit), {
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
                @change=${ui.onSelect}
              /><label for="acct-${a}">${a === 'balance' ? m.accountKnown : m.accountProject}</label>
            </div>`,
        )}
        ${
          v.acct === 'project'
            ? html`${ui.numberField('cbal', ui.unit(m.currentBalance, t.yuan))}
              ${ui.numberField('wage', ui.unit(m.contributionWage, t.perMonth))}
              ${ui.numberField('left', ui.unit(m.yearsLeft, t.yearsUnit), { integer: true })}
              ${ui.numberField('rate', ui.unit(m.futureRate, m.percent), { hint: `${DEFAULT_FUTURE_RATE}` })}
              ${
                out.projection && out.projectionRange
                  ? html`<p class="projected">
                      ${fill(m.projected, { ...out.projectionRange, amount: ui.money(out.projection.balance) })}
                      ${out.projection.usesAssumedRates ? m.assumedRates : ''}
                    </p>`
                  : nothing
              }
              ${ui.projectionError() ?? nothing}`
            : ui.numberField('balance', ui.unit(m.balance, t.yuan))
        }
      </fieldset>
      <fieldset>
        <legend>${m.birthOptional}</legend>
        <div class="pair">
          ${ui.numberField('rby', t.birthYear, { integer: true })}
          ${ui.monthSelect('rbm', t.birthMonth, false)}
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
                  age: en
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
          ${ui.numberField('ageY', ui.unit(m.ageYearsLabel, m.ageYears), { integer: true, help: 'months' })}
          ${ui.numberField('ageM', ui.unit(m.ageMonthsLabel, m.ageMonths), { integer: true })}
        </div>
      </fieldset>
    </div>
    ${
      out.error
        ? html`<p class="compute-error" role="alert">${ui.policyMessage(out.error)}</p>`
        : out.result
          ? renderResult(ui, out.result)
          : ui.empty()
    }`;
}

function renderResult(ui: TabUi, r: BasicPensionResult): TemplateResult {
  const t = ui.t;
  const m = retirementText(ui.locale);
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
      <td class="amount">${ui.money(value)}</td>
    </tr>`;
  return html`<div class="result" part="result">
    <dl class="headline" part="total">
      <div>
        <dt>${m.total}</dt>
        <dd>${ui.money(r.total)}</dd>
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
        rows.map((x) => ({ ...x, display: ui.money(x.value) })),
      )}
    </div>
    <p class="annuity">${fill(m.annuityMonths, { months: r.annuity.months })}</p>
    <ul class="notes">
      ${notes.map((n) => html`<li>${n}</li>`)}
    </ul>
  </div>`;
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
