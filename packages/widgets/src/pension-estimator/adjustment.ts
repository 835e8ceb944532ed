/**
 * The "annual adjustment" tab of <hbrs-pension-estimator>: the adjustment engine of `@hbrs/sdk/policy`
 * (plans by year, the computation, the built-in Hubei 2025 and 2026 example rule sets, trusted and so not
 * validated; a portal's own rule sets are fetched and validated by `rules-portal.ts`, loaded from here only for
 * them) and the tab's element, `<hbrs-pension-adjustment-tab>`. Loaded on demand like the retirement tab, so a page that opens
 * on the retirement tab does not download it; the estimator itself holds only what both tabs share.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { dateTimeFormat, define, fill, formatMoney, safeUrl, type Locale } from '@hbrs/core';
import {
  HUBEI_2025_EXAMPLE_ADJUSTMENT,
  HUBEI_2026_EXAMPLE_ADJUSTMENT,
  PolicyError,
  applyAdjustmentRules,
  missingParameters,
  trustedAdjustmentRegistry,
  type AdjustmentRegistry,
  type AdjustmentResult,
  type AdjustmentRuleSet,
  type AdjustmentSelection,
} from '@hbrs/sdk/policy';
import { num, parseField, yearMonth, type Values } from './model.js';
import { selectField } from '../internal/fields.js';
import type { PensionEstimateDetail, PensionEstimatorMessages } from './pension-estimator.js';
import { PensionTab } from './tab.js';
import { LazyTexts } from '../internal/lazy-texts.js';
import { fillZh, names } from '../internal/names.js';
import zhCN, { type AdjustmentMessages } from './locales/adjustment.zh-CN.js';

/** zh-CN is built in; the English texts are loaded the first time the tab is shown in English. */
const texts = new LazyTexts<AdjustmentMessages>(zhCN, () => import('./locales/adjustment.en.js'));

/**
 * Loads the tab's texts in `locale` once per page: a promise while they are on their way, undefined when
 * they are there. Offline and unable to fetch the English texts, the tab shows the Chinese ones.
 */
export function loadTexts(locale: Locale): Promise<unknown> | undefined {
  return texts.load(locale);
}

/** What the tab's texts and result depend on. */
export interface AdjustmentInput {
  messages: PensionEstimatorMessages;
  locale: Locale;
  values: Values;
  today: { year: number };
}

/** The tab's own texts and the element's shared ones. */
const text = (ui: Pick<AdjustmentInput, 'messages' | 'locale'>) => ({
  ...ui.messages,
  ...texts.text(ui.locale),
});

/** The rule sets used when the portal gives none: Hubei 2025 and 2026 with example parameters (`official: false`). */
export const DEFAULT_RULES: readonly AdjustmentRuleSet[] = [
  HUBEI_2025_EXAMPLE_ADJUSTMENT,
  HUBEI_2026_EXAMPLE_ADJUSTMENT,
];

/** The built-in rule sets by year: part of the SDK and tested there, so not validated again. */
export const defaultRegistry = (): AdjustmentRegistry => trustedAdjustmentRegistry(DEFAULT_RULES);

/**
 * The handling of a portal's own rule sets (fetch, validation, errors), loaded from here so that its chunk
 * shares this module's code; only a page whose portal gives rule sets downloads it. Tests stand in a failing one.
 */
export const portalRules = { load: () => import('./rules-portal.js') };
export const loadPortalRules = () => portalRules.load();

/** The plan for the year asked about, and the years the person can choose. */
export interface PlanChoice {
  selection: AdjustmentSelection;
  /** Years offered, ascending: every loaded plan's, and this year (and the preset) even without a plan. */
  years: readonly number[];
  /** Years with a plan of their own. */
  planYears: readonly number[];
}

const yearOf = (v: string | number | undefined): number | undefined => {
  const n = Number(v);
  return v !== undefined && v !== '' && Number.isInteger(n) && n >= 1900 && n <= 2200 ? n : undefined;
};

/**
 * The plan of the year asked about: the year chosen in the form (`values.ayear`), else the `preset`
 * (`adjustment-year`), else this year by the element's clock; a year before every plan falls on the first.
 * The plan used is that year's, else the latest before it (the selection's notice says so).
 */
export function choosePlan(
  registry: AdjustmentRegistry,
  values: Values,
  preset: number | undefined,
  today: { year: number },
): PlanChoice {
  const first = registry.years[0]!;
  // This year by the clock, but never before the first plan; a preset year is taken as it is.
  const fallback = yearOf(preset) ?? Math.max(today.year, first);
  const years = [...new Set([...registry.years, fallback, Math.max(today.year, first)])].sort(
    (a, b) => a - b,
  );
  const chosen = yearOf(values.ayear);
  const year = chosen !== undefined && years.includes(chosen) ? chosen : fallback;
  return { selection: registry.select(year), years, planYears: registry.years };
}

/** `YYYY-MM` as the locale writes a month ("2025年12月", "December 2025"). */
function monthName(locale: Locale, ym: string): string {
  const [y, m] = ym.split('-').map(Number);
  return dateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y!, m! - 1, 15)),
  );
}

/** What the adjustment mode needs and produces. */
export interface AdjustmentOutcome {
  needsBirth: boolean;
  hasRemote: boolean;
  /** Undefined while a required field is missing or invalid. */
  result?: AdjustmentResult;
  missing: number;
  error?: PolicyError;
}

/** Computes the adjustment (the rule set is validated or built in) when every required field is valid. */
export function computeAdjustment(
  values: Values,
  rules: AdjustmentRuleSet,
  maxYear: number,
): AdjustmentOutcome {
  const needsBirth = rules.rules.some((r) => r.kind === 'age-tilt');
  const hasRemote = rules.rules.some((r) => r.kind === 'remote-area');
  const out: AdjustmentOutcome = { needsBirth, hasRemote, missing: missingParameters(rules).length };
  const pension = num(parseField(values, 'pension'));
  const years = num(parseField(values, 'years'));
  if (pension === undefined || years === undefined) return out;
  let birth: string | undefined;
  if (needsBirth) {
    birth = yearMonth(num(parseField(values, 'aby', maxYear)), values.abm);
    if (birth === undefined) return out;
  }
  try {
    out.result = applyAdjustmentRules(
      { pension, contributionYears: years, birth, remoteArea: values.remote === '1' },
      rules,
      { allowIncomplete: true },
    );
  } catch (e) {
    if (e instanceof PolicyError) out.error = e;
    else throw e;
  }
  return out;
}

const ZH_FORMULA: [RegExp, string][] = [
  [/(matches )?no band/g, '无对应档次'],
  [/not in a designated remote area/g, '不属于艰苦边远地区'],
  [/not entered/g, '未填写'],
  [/minimum/g, '最低'],
  [/pension/g, '养老金'],
  [/band/g, '档次'],
  [/years/g, '年'],
  [/age/g, '年龄'],
];

function localFormula(locale: Locale, formula: string): string {
  if (locale === 'en') return formula;
  return ZH_FORMULA.reduce((s, [re, zh]) => s.replace(re, zh), formula);
}

/** The event detail and the announcement of the current result, if there is one. */
export function report(
  ui: AdjustmentInput,
  plan: PlanChoice,
): { detail: PensionEstimateDetail; message: string } | undefined {
  const { applied: rules, requestedYear, year } = plan.selection;
  if (!rules || year === undefined) return undefined;
  const out = computeAdjustment(ui.values, rules, ui.today.year);
  const r = out.result;
  if (!r) return undefined;
  const money = (y: number) => formatMoney(ui.locale, y);
  return {
    detail: {
      mode: 'adjustment',
      increase: r.complete ? r.total : null,
      newPension: r.complete ? r.newPension : null,
      eligible: r.eligible,
      official: r.official,
      year: requestedYear,
      rulesYear: year,
    },
    message: r.complete
      ? fill(text(ui).announceAdjustment, {
          year: requestedYear,
          increase: money(r.total),
          pension: money(r.newPension),
        })
      : fill(text(ui).incomplete, { count: out.missing }),
  };
}

/**
 * The "annual adjustment" tab of `<hbrs-pension-estimator>`: provenance of the rule set, the form and the
 * breakdown of the increase. Internal: the estimator renders it once this chunk has loaded, passes the values,
 * the rule set and its texts down, and hears the tab's `i-hbrs-pension-*` events; it is themed by the
 * estimator's tokens.
 *
 * @partOf hbrs-pension-estimator
 * @tagname hbrs-pension-adjustment-tab
 */
export class HbrsPensionAdjustmentTab extends PensionTab {
  /** The plan of the year asked about (validated, chosen by the estimator) and the years offered. */
  @property({ attribute: false }) plan?: PlanChoice;

  private renderYear(plan: PlanChoice): TemplateResult | typeof nothing {
    // The year asked about: a choice only when there is more than one.
    if (plan.years.length < 2) return nothing;
    const t = text(this);
    const { requestedYear } = plan.selection;
    const options = plan.years.map(
      (y) =>
        [
          String(y),
          fill(plan.planYears.includes(y) ? t.planYearOption : t.planYearMissing, { year: y }),
        ] as const,
    );
    return html`<div class="form year" part="form">
      ${selectField({
        id: 'ayear',
        name: 'ayear',
        label: t.planYear,
        value: String(requestedYear),
        options,
        onChange: this.onSelect,
      })}
    </div>`;
  }

  private renderFallback(s: AdjustmentSelection): TemplateResult | typeof nothing {
    // The year's own plan is missing: say which plan the estimate uses.
    if (s.match === 'exact') return nothing;
    const t = text(this);
    const message =
      s.year === undefined
        ? fill(t.noPlan, { asked: s.requestedYear })
        : fill(s.official ? t.fallbackOfficial : t.fallbackExample, { asked: s.requestedYear, year: s.year });
    return html`<p class="hbrs-sample-notice fallback" part="notice">${message}</p>`;
  }

  /** "湖北省2025年基本养老金调整规则" / "Hubei 2025 pension adjustment rules" (a region without an English name as published). */
  private rulesTitle(message: string, p: AdjustmentRuleSet['provenance']): TemplateResult | string {
    const region = p.regionCode ? names.division(p.regionCode, p.region, this.locale) : p.region;
    const title = fill(message, { year: p.year });
    return region === p.region && this.locale === 'en'
      ? fillZh(title, 'region', region)
      : fill(title, { region });
  }

  private renderProvenance(rules: AdjustmentRuleSet, applied: AdjustmentRuleSet): TemplateResult {
    const t = text(this);
    const p = rules.provenance;
    const link = safeUrl(p.url, ['http:', 'https:']);
    const basisLink = safeUrl(p.basis?.url, ['http:', 'https:']);
    const eligibility = applied.eligibility;
    return html`${
        p.official
          ? nothing
          : html`<p class="hbrs-sample-notice" part="notice">
              <strong>${t.exampleNoticeTitle}</strong> <span>${t.exampleNotice}</span>
            </p>`
      }
      <div class="provenance" part="provenance">
        <p>
          ${
            p.official
              ? html`<strong>${t.officialRules}</strong> · `
              : html`<span class="badge" part="badge">${t.unofficialBadge}</span> `
          }
          <span>${this.rulesTitle(t.rulesOf, p)}</span>
        </p>
        ${p.document ? html`<p class="document">${fillZh(t.document, 'document', p.document)}</p>` : nothing}
        ${
          link
            ? html`<p><a href=${link} target="_blank" rel="noopener noreferrer">${t.sourceLink}</a></p>`
            : nothing
        }
        ${
          p.basis
            ? html`<p class="basis">
                ${fillZh(t.basis, 'document', p.basis.document)}${
                  basisLink
                    ? html` <a href=${basisLink} target="_blank" rel="noopener noreferrer">${t.basisLink}</a>`
                    : nothing
                }
              </p>`
            : nothing
        }
        ${
          eligibility?.retiredBy && eligibility.effectiveFrom
            ? html`<p>${fill(t.eligibility, { ...eligibility } as Record<string, string>)}</p>`
            : nothing
        }
        ${
          applied.ageAsOf && applied.rules.some((r) => r.kind === 'age-tilt')
            ? html`<p>${fill(t.ageAsOf, { date: applied.ageAsOf })}</p>`
            : nothing
        }
        ${
          rules.nationalLevel
            ? html`<p>
                ${fill(rules.nationalLevel.assumed ? t.nationalLevelAssumed : t.nationalLevel, {
                  percent: rules.nationalLevel.percent,
                  year: p.year,
                })}
              </p>`
            : nothing
        }
      </div>`;
  }

  private renderResult(r: AdjustmentResult, missing: number, year: number): TemplateResult {
    const t = text(this);
    const en = this.locale === 'en';
    if (!r.eligible) {
      const reason = en ? r.reason?.en : r.reason?.zh;
      return html`<div class="result" part="result">
        <p>${fill(t.notEligible, { reason: reason ?? '' })}</p>
      </div>`;
    }
    return html`<div class="result" part="result">
      ${
        r.complete
          ? html`<dl class="headline" part="total">
              <div>
                <dt>${fill(t.increase, { year })}</dt>
                <dd>${this.money(r.total)}</dd>
              </div>
              <div>
                <dt>${fill(t.newPension, { year })}</dt>
                <dd>${this.money(r.newPension)}</dd>
              </div>
            </dl>`
          : html`<p class="incomplete">${fill(t.incomplete, { count: missing })}</p>`
      }

      <table>
        <caption>
          ${t.partsCaption}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t.colPart}</th>
            <th scope="col">${t.colRule}</th>
            <th scope="col">${t.colAmount}</th>
          </tr>
        </thead>
        <tbody>
          ${r.parts.map(
            (p) =>
              html`<tr data-rule=${p.ruleId}>
                <th scope="row">${en ? p.labelEn : p.labelZh}</th>
                <td class="formula">
                  ${p.amount === null ? t.notEntered : localFormula(this.locale, p.formula)}
                </td>
                <td class="amount">${p.amount === null ? t.notEntered : this.money(p.amount)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  protected override render(): TemplateResult | typeof nothing {
    const plan = this.plan;
    if (!plan) return nothing;
    const t = text(this);
    const s = plan.selection;
    const { rules: source, applied: rules } = s;
    if (!source || !rules) return html`${this.renderYear(plan)}${this.renderFallback(s)}`;
    const out = computeAdjustment(this.values, rules, this.today.year);
    const month = monthName(this.locale, s.pensionMonth!);
    return html`${this.renderYear(plan)}${this.renderFallback(s)}${this.renderProvenance(source, rules)}
      <div class="form" part="form">
        ${this.numberField('pension', this.unit(fill(t.pension, { month }), t.perMonth), {
          hint: fill(t.pensionHint, { year: s.requestedYear, month }),
        })}
        ${this.numberField('years', this.unit(t.years, t.yearsUnit), { help: 'deemed' })}
        ${
          out.needsBirth
            ? html`<fieldset class="pair" aria-describedby="abirth-hint">
                <legend>${t.birthAdj}</legend>
                <p class="hint" id="abirth-hint">${t.birthAdjHint}</p>
                ${this.numberField('aby', t.birthYear, { integer: true })}
                ${this.monthSelect('abm', t.birthMonth, true)}
              </fieldset>`
            : nothing
        }
        ${
          out.hasRemote
            ? html`<div class="field check">
                <input
                  type="checkbox"
                  id="remote"
                  name="remote"
                  .checked=${this.values.remote === '1'}
                  @change=${this.onSelect}
                /><label for="remote">${t.remote}</label>
              </div>`
            : nothing
        }
      </div>
      ${
        out.error
          ? html`<p class="compute-error" role="alert">${this.policyMessage(out.error)}</p>`
          : out.result
            ? this.renderResult(out.result, out.missing, s.requestedYear)
            : this.renderEmptyResult()
      }`;
  }
}

define('hbrs-pension-adjustment-tab', HbrsPensionAdjustmentTab);

declare global {
  interface HTMLElementTagNameMap {
    'hbrs-pension-adjustment-tab': HbrsPensionAdjustmentTab;
  }
}
