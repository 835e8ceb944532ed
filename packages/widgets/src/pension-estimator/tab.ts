/**
 * What the two tabs of <hbrs-pension-estimator> share: the base class of the internal tab elements, with
 * their common properties (props down), their internal events (events up), the labelled number and month
 * fields, the term help next to a field, the empty view and the error text of a computation. Loaded with the
 * entry, as the field helpers were before the tabs became elements: both tabs need it, so it costs no extra
 * chunk and no extra round trip.
 */
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  baseStyles,
  coreMessages,
  fill,
  formatMoney,
  inputErrorMessage,
  inputMessages,
  stateStyles,
  type CoreMessages,
  type Locale,
} from '@hbrs/core';
import type { PolicyError } from '@hbrs/sdk/policy';
import {
  TERM_KEYS,
  boundsOf,
  parseField,
  type FieldName,
  type NumericField,
  type Term,
  type Values,
} from './model.js';
import type { PensionEstimatorMessages } from './pension-estimator.js';
import zhCN from './locales/zh-CN.js';
import { selectField } from '../internal/fields.js';
import { tabStyles } from './tab.styles.js';
import { textStyles } from '../internal/shared.styles.js';

/**
 * The internal events a tab sends to the estimator. They bubble but are not composed: they never leave the
 * estimator's shadow root, so a page never sees them.
 */
export interface TabEventMap {
  /** A field changed (as typed; `touch: false` for a value the tab filled in itself). */
  'i-hbrs-pension-input': { name: FieldName; value: string; touch: boolean };
  /** A value was committed (a `change`): time to update the URL and report the result. */
  'i-hbrs-pension-commit': undefined;
  /** The person asked for the example values (from the empty view). */
  'i-hbrs-pension-example': undefined;
  /** The person pressed "try again" on a part loaded on demand inside the tab (the account projection). */
  'i-hbrs-pension-retry': undefined;
}

/** Options of a number field. */
export interface NumberFieldOptions {
  hint?: string;
  help?: Term;
  extraError?: string;
  integer?: boolean;
}

/**
 * Base class of the two tab elements. Not registered itself. The tab reads the estimator's private
 * `--_hbrs-*` tokens, inherited from the estimator's `:host`, so its theme, large-text mode and the
 * portal's `--hbrs-*` tokens apply unchanged.
 */
export abstract class PensionTab extends LitElement {
  static override styles = [baseStyles, stateStyles, textStyles, tabStyles];

  /** The form's values, as typed (owned by the estimator). */
  @property({ attribute: false }) values: Values = {};

  /** Fields the person has touched: only they show an input error. */
  @property({ attribute: false }) touched: ReadonlySet<FieldName> = new Set();

  /** The estimator's texts in `locale`. */
  @property({ attribute: false }) messages: PensionEstimatorMessages = zhCN;

  /** The locale the estimator resolved. */
  @property({ attribute: false }) locale: Locale = 'zh-CN';

  /** Year and month today in Asia/Shanghai. */
  @property({ attribute: false }) today: { year: number; month: number } = { year: 2025, month: 1 };

  /** The term whose help is open, if any. */
  @state() protected openHelp?: Term;

  protected get core(): CoreMessages {
    return coreMessages[this.locale];
  }

  protected send<K extends keyof TabEventMap>(name: K, detail: TabEventMap[K]): void {
    this.dispatchEvent(new CustomEvent(name, { bubbles: true, detail }));
  }

  /** Focuses the first element that matches one of `selectors` in the tab (after a retry, an example…). */
  focusFirst(...selectors: string[]): void {
    for (const sel of selectors) {
      const target = this.renderRoot.querySelector<HTMLElement>(sel);
      if (target) {
        target.focus();
        return;
      }
    }
  }

  protected readonly onInput = (e: Event): void => {
    const target = e.target as HTMLInputElement | HTMLSelectElement;
    const value =
      target.type === 'checkbox' ? ((target as HTMLInputElement).checked ? '1' : '') : target.value;
    this.send('i-hbrs-pension-input', { name: target.name as FieldName, value, touch: true });
  };

  protected readonly onChange = (): void => this.send('i-hbrs-pension-commit', undefined);

  /** A select, radio or checkbox: the choice is its commit. */
  protected readonly onSelect = (e: Event): void => {
    this.onInput(e);
    this.onChange();
  };

  private readonly useExample = (): void => {
    this.send('i-hbrs-pension-example', undefined);
    void this.updateComplete.then(() => this.focusFirst('input:not([type=checkbox]):not([type=radio])'));
  };

  protected money(yuan: number | null | undefined): string {
    return typeof yuan === 'number' && Number.isFinite(yuan) ? formatMoney(this.locale, yuan) : '—';
  }

  protected unit(label: string, unit: string): string {
    return this.locale === 'en' ? `${label} (${unit})` : `${label}（${unit}）`;
  }

  protected policyMessage(e: PolicyError): string {
    return fill(this.messages.computeError, { message: this.locale === 'en' ? e.message : e.messageZh });
  }

  private errorFor(name: NumericField): string | undefined {
    if (!this.touched.has(name)) return undefined;
    const r = parseField(this.values, name, this.today.year);
    if (r.ok) return undefined;
    return inputErrorMessage(inputMessages[this.locale], r.error, boundsOf(name, this.today.year));
  }

  private toggleHelp(term: Term): void {
    const opening = this.openHelp !== term;
    this.openHelp = opening ? term : undefined;
    void this.updateComplete.then(() => this.focusFirst(opening ? `#help-${term}` : `#helpbtn-${term}`));
  }

  private closeHelp(): void {
    const term = this.openHelp;
    if (!term) return;
    this.openHelp = undefined;
    void this.updateComplete.then(() => this.focusFirst(`#helpbtn-${term}`));
  }

  private readonly onHelpKey = (e: KeyboardEvent): void => {
    if (e.key === 'Escape') {
      e.preventDefault();
      this.closeHelp();
    }
  };

  private helpButton(term: Term): TemplateResult {
    const t = this.messages;
    return html`<button
      type="button"
      class="help-btn"
      id="helpbtn-${term}"
      aria-expanded=${this.openHelp === term ? 'true' : 'false'}
      aria-controls="help-${term}"
      @click=${() => this.toggleHelp(term)}
    >
      <span aria-hidden="true">?</span
      ><span class="hbrs-visually-hidden">${fill(t.helpFor, { term: t[TERM_KEYS[term][0]] })}</span>
    </button>`;
  }

  private helpPanel(term: Term): TemplateResult | typeof nothing {
    if (this.openHelp !== term) return nothing;
    const t = this.messages;
    const [name, def] = TERM_KEYS[term];
    return html`<div class="help" id="help-${term}" tabindex="-1" @keydown=${this.onHelpKey}>
      <p><strong>${t[name]}</strong>：${t[def]}</p>
      <button type="button" class="hbrs-button" data-variant="secondary" @click=${() => this.closeHelp()}>
        ${t.close}
      </button>
    </div>`;
  }

  /** A labelled text field for a number, with its hint, its term help and its inline error. */
  protected numberField(name: NumericField, label: string, opts: NumberFieldOptions = {}): TemplateResult {
    const err = this.errorFor(name) ?? opts.extraError;
    const ids = [opts.hint ? `${name}-hint` : '', err ? `${name}-err` : ''].filter(Boolean).join(' ');
    return html`<div class="field">
      <div class="label-row">
        <label for=${name}>${label}</label>${opts.help ? this.helpButton(opts.help) : nothing}
      </div>
      ${opts.help ? this.helpPanel(opts.help) : nothing}
      <input
        id=${name}
        name=${name}
        type="text"
        inputmode=${opts.integer ? 'numeric' : 'decimal'}
        autocomplete="off"
        spellcheck="false"
        .value=${this.values[name] ?? ''}
        aria-invalid=${err ? 'true' : 'false'}
        aria-describedby=${ids || nothing}
        @input=${this.onInput}
        @change=${this.onChange}
      />
      ${opts.hint ? html`<p class="hint" id="${name}-hint">${opts.hint}</p>` : nothing}
      ${err ? html`<p class="field-error" id="${name}-err">${err}</p>` : nothing}
    </div>`;
  }

  /** A labelled month select (1–12), through the shared `selectField`. */
  protected monthSelect(name: 'abm' | 'rbm', label: string, required: boolean): TemplateResult {
    const t = this.messages;
    const value = this.values[name] ?? '';
    const months = Array.from(
      { length: 12 },
      (_, i) => [String(i + 1), fill(t.month, { m: i + 1 })] as const,
    );
    return selectField({
      id: name,
      name,
      label,
      value,
      options: months,
      empty: t.choose,
      error: required && this.touched.has(name) && !value ? inputMessages[this.locale].inputEmpty : undefined,
      onChange: this.onSelect,
    });
  }

  /** The view before every required input is filled in, with a way out: the example values. */
  protected renderEmptyResult(): TemplateResult {
    const t = this.messages;
    return html`<div class="hbrs-state empty" part="empty">
      <p class="hbrs-state-title">${t.emptyTitle}</p>
      <p>${t.emptyBody}</p>
      <button type="button" class="hbrs-button" data-variant="secondary" @click=${this.useExample}>
        ${t.useExample}
      </button>
    </div>`;
  }
}
