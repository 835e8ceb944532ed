/**
 * The form of <hbrs-retirement-age>: birth year and month, the original statutory category and the optional
 * contribution years. A template with its values and callbacks as arguments.
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import { fill } from '@hbrs/core';
import type { RetirementCategory } from '@hbrs/sdk/policy';
import { radioGroup, type FieldOption } from '../internal/fields.js';
import type { RetirementFormat } from './format.js';
import { MIN_BIRTH_YEAR } from './model.js';

const CATEGORIES: readonly RetirementCategory[] = ['male', 'female-55', 'female-50'];

/** The form's values and what its fields ask for. */
export interface FormProps {
  year: string;
  month: string;
  cat: RetirementCategory | '';
  contribRaw: string;
  /** The last birth year offered. */
  maxYear: number;
  /** What is wrong with the contribution years, or empty. */
  contribError: string;
  /** A select or radio changed: its `name` is the field (`year`, `month`, `ra-cat`). */
  onField(e: Event): void;
  onContribution(e: Event): void;
  onReset(): void;
}

/** The form: birth year and month, the original category, the contribution years, and reset. */
export function renderForm(fmt: RetirementFormat, o: FormProps): TemplateResult {
  const t = fmt.t;
  const years: number[] = [];
  for (let y = MIN_BIRTH_YEAR; y <= o.maxYear; y++) years.push(y);
  const contribError = o.contribError;
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
          <select id="ra-year" name="year" autocomplete="bday-year" .value=${o.year} @change=${o.onField}>
            <option value="" ?selected=${!o.year}>${t.choose}</option>
            ${years.map(
              (y) =>
                html`<option value=${y} ?selected=${String(y) === o.year}>
                  ${fill(t.yearOption, { year: y })}
                </option>`,
            )}
          </select>
        </div>
        <div class="field">
          <label for="ra-month">${t.birthMonth}</label>
          <select id="ra-month" name="month" autocomplete="bday-month" .value=${o.month} @change=${o.onField}>
            <option value="" ?selected=${!o.month}>${t.choose}</option>
            ${[...Array(12).keys()].map(
              (i) =>
                html`<option value=${i + 1} ?selected=${String(i + 1) === o.month}>
                  ${fill(t.monthOption, { month: fmt.monthName(i + 1) })}
                </option>`,
            )}
          </select>
        </div>
      </div>
    </fieldset>
    ${radioGroup({
      name: 'ra-cat',
      legend: t.categoryLegend,
      hint: t.categoryHelp,
      class: 'category',
      options: CATEGORIES.map((c): FieldOption => [c, fmt.catLabel(c)]),
      value: o.cat,
      onChange: o.onField,
    })}
    <div class="field contrib">
      <label for="ra-years">${t.contribLabel}</label>
      <p id="ra-years-hint" class="help">${t.contribHint}</p>
      <div class="with-unit">
        <input
          id="ra-years"
          type="text"
          inputmode="decimal"
          autocomplete="off"
          .value=${o.contribRaw}
          aria-invalid=${contribError ? 'true' : 'false'}
          aria-describedby=${contribError ? 'ra-years-hint ra-years-error' : 'ra-years-hint'}
          @input=${o.onContribution}
        />
        <span aria-hidden="true">${t.contribUnit}</span>
      </div>
      ${contribError ? html`<p id="ra-years-error" class="input-error">${contribError}</p>` : nothing}
    </div>
    <button type="button" class="hbrs-button reset" data-variant="secondary" @click=${o.onReset}>
      ${t.reset}
    </button>
  </form>`;
}
