/**
 * The "annual adjustment" tab of <hbrs-pension-estimator>: the adjustment engine of `@hbrs/sdk/policy`
 * (rule-set validation, `pensionAdjustment`, the built-in Hubei 2025 example rule set) and the tab's
 * element, `<hbrs-pension-adjustment-tab>`. Loaded on demand like the retirement tab, so a page that opens
 * on the retirement tab does not download it; the estimator itself holds only what both tabs share.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { define, fill, formatMoney, safeUrl, type Locale } from '@hbrs/core';
import {
  HUBEI_2025_EXAMPLE_ADJUSTMENT,
  PolicyError,
  missingParameters,
  parseAdjustmentRules,
  pensionAdjustment,
  type AdjustmentResult,
  type AdjustmentRuleSet,
} from '@hbrs/sdk/policy';
import { num, parseField, yearMonth, type Values } from './model.js';
import type { PensionEstimateDetail, PensionEstimatorMessages } from './pension-estimator.js';
import { PensionTab } from './tab.js';
import { LazyTexts } from '../internal/lazy-texts.js';
import zhCN, { type AdjustmentMessages } from './locales/adjustment.zh-CN.js';

export { parseAdjustmentRules };

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

/** The rule set used when the portal gives none: Hubei 2025 with example parameters (`official: false`). */
export const DEFAULT_RULES: AdjustmentRuleSet = HUBEI_2025_EXAMPLE_ADJUSTMENT;

/** What the adjustment mode needs and produces. */
export interface AdjustmentOutcome {
  needsBirth: boolean;
  hasRemote: boolean;
  /** Undefined while a required field is missing or invalid. */
  result?: AdjustmentResult;
  missing: number;
  error?: PolicyError;
}

/** Runs `pensionAdjustment` when every required field is valid. */
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
    out.result = pensionAdjustment(
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
  rules: AdjustmentRuleSet,
): { detail: PensionEstimateDetail; message: string } | undefined {
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
    },
    message: r.complete
      ? fill(text(ui).announceAdjustment, { increase: money(r.total), pension: money(r.newPension) })
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
  /** The validated rule set in effect. */
  @property({ attribute: false }) rules: AdjustmentRuleSet = DEFAULT_RULES;

  private renderProvenance(rules: AdjustmentRuleSet): TemplateResult {
    const t = text(this);
    const p = rules.provenance;
    const link = safeUrl(p.url, ['http:', 'https:']);
    const eligibility = rules.eligibility;
    return html`${
        p.official
          ? nothing
          : html`<p class="hbrs-sample-notice" part="notice">
              <strong>${t.exampleNoticeTitle}</strong> <span>${t.exampleNotice}</span>
            </p>`
      }
      <div class="provenance" part="provenance">
        <p>
          ${p.official ? html`<strong>${t.officialRules}</strong> · ` : nothing}
          <span>${fill(t.rulesOf, { region: p.region, year: p.year })}</span>
        </p>
        ${p.document ? html`<p class="document">${fill(t.document, { document: p.document })}</p>` : nothing}
        ${
          link
            ? html`<p><a href=${link} target="_blank" rel="noopener noreferrer">${t.sourceLink}</a></p>`
            : nothing
        }
        ${
          eligibility?.retiredBy && eligibility.effectiveFrom
            ? html`<p>${fill(t.eligibility, { ...eligibility } as Record<string, string>)}</p>`
            : nothing
        }
        ${
          rules.ageAsOf && rules.rules.some((r) => r.kind === 'age-tilt')
            ? html`<p>${fill(t.ageAsOf, { date: rules.ageAsOf })}</p>`
            : nothing
        }
        ${
          rules.nationalLevel
            ? html`<p>${fill(t.nationalLevel, { percent: rules.nationalLevel.percent })}</p>`
            : nothing
        }
      </div>`;
  }

  private renderResult(r: AdjustmentResult, missing: number): TemplateResult {
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
                <dt>${t.increase}</dt>
                <dd>${this.money(r.total)}</dd>
              </div>
              <div>
                <dt>${t.newPension}</dt>
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
                <th scope="row">
                  ${en ? p.labelEn : p.labelZh}${
                    en && p.rule?.labelZh
                      ? html`<span class="sub" lang="zh-CN">${p.rule.labelZh}</span>`
                      : nothing
                  }
                </th>
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

  protected override render(): TemplateResult {
    const rules = this.rules;
    const t = text(this);
    const out = computeAdjustment(this.values, rules, this.today.year);
    return html`${this.renderProvenance(rules)}
      <div class="form" part="form">
        ${this.numberField('pension', this.unit(t.pension, t.perMonth))}
        ${this.numberField('years', this.unit(t.years, t.yearsUnit), { help: 'deemed' })}
        ${
          out.needsBirth
            ? html`<fieldset class="pair">
                <legend>${t.birthAdjHint}</legend>
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
            ? this.renderResult(out.result, out.missing)
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
