import { html, nothing, type TemplateResult } from 'lit';

/**
 * Labelled form controls shared by the widgets: one markup for a select, a text-like input and a
 * radio group (a visible `<label for>` or `<legend>`, the hint and the error tied to the control by
 * `aria-describedby`, `aria-invalid` when there is an error), styled by `fieldStyles`. Values and
 * events stay with the widget: these only render.
 *
 * ```ts
 * ${selectField({ id: 'jf-mode', label: t.mode, value: this.mode, onChange: this.onMode,
 *   options: [['', t.any], ['online', t.online]] })}
 * ```
 */

/** An option: `[value, label]`. */
/** A choice: its value, its label, and the label's language when it is not the widget's (a name as published). */
export type FieldOption = readonly [value: string, label: string, lang?: string];

interface FieldBase {
  /** The control's id (the label's `for`); the hint and error get `<id>-hint` and `<id>-err`. */
  id: string;
  /** The visible label. */
  label: string;
  /** The control's `name` (default: none). */
  name?: string;
  /** A line of help under the label. */
  hint?: string;
  /** An error message; marks the control invalid. */
  error?: string;
  /** Something after the label, on its row (e.g. a help button). */
  labelExtra?: TemplateResult;
  /** Extra classes of the wrapper (`field` is always there). */
  class?: string;
}

export interface SelectFieldOptions extends FieldBase {
  options: readonly FieldOption[];
  value: string;
  onChange: (e: Event) => void;
  /** A first option with the empty value (e.g. "any", "choose…"). */
  empty?: string;
}

export interface InputFieldOptions extends FieldBase {
  value: string;
  /** `text` (default), `search` or `date`. */
  type?: 'text' | 'search' | 'date';
  inputmode?: 'numeric' | 'decimal' | 'search' | 'text';
  min?: string;
  max?: string;
  autocomplete?: string;
  onInput?: (e: Event) => void;
  onChange?: (e: Event) => void;
}

export interface RadioGroupOptions {
  /** The group's name; each radio's id is `<name>-<value>`. */
  name: string;
  legend: string;
  options: readonly FieldOption[];
  value: string;
  onChange: (e: Event) => void;
  /** A line of help under the legend (`<name>-help`, describes the group). */
  hint?: string;
  /** Extra classes of the fieldset. */
  class?: string;
}

function describedBy(o: FieldBase): string | typeof nothing {
  const ids = [o.hint ? `${o.id}-hint` : '', o.error ? `${o.id}-err` : ''].filter(Boolean).join(' ');
  return ids || nothing;
}

function frame(o: FieldBase, control: TemplateResult): TemplateResult {
  const label = html`<label for=${o.id}>${o.label}</label>`;
  return html`<div class=${o.class ? `field ${o.class}` : 'field'}>
    ${o.labelExtra ? html`<div class="label-row">${label}${o.labelExtra}</div>` : label}
    ${o.hint ? html`<p class="hint" id="${o.id}-hint">${o.hint}</p>` : nothing} ${control}
    ${o.error ? html`<p class="field-error" id="${o.id}-err">${o.error}</p>` : nothing}
  </div>`;
}

/** A labelled `<select>`. */
export function selectField(o: SelectFieldOptions): TemplateResult {
  return frame(
    o,
    html`<select
      id=${o.id}
      name=${o.name ?? nothing}
      aria-invalid=${o.error ? 'true' : nothing}
      aria-describedby=${describedBy(o)}
      @change=${o.onChange}
    >
      ${o.empty !== undefined ? html`<option value="" ?selected=${o.value === ''}>${o.empty}</option>` : nothing}
      ${o.options.map(
        ([v, l, lang]) =>
          html`<option value=${v} ?selected=${v === o.value} lang=${lang ?? nothing}>${l}</option>`,
      )}
    </select>`,
  );
}

/** A labelled text, search or date `<input>`. */
export function inputField(o: InputFieldOptions): TemplateResult {
  return frame(
    o,
    html`<input
      id=${o.id}
      name=${o.name ?? nothing}
      type=${o.type ?? 'text'}
      inputmode=${o.inputmode ?? nothing}
      autocomplete=${o.autocomplete ?? nothing}
      min=${o.min || nothing}
      max=${o.max || nothing}
      .value=${o.value}
      aria-invalid=${o.error ? 'true' : nothing}
      aria-describedby=${describedBy(o)}
      @input=${o.onInput}
      @change=${o.onChange}
    />`,
  );
}

/** A `<fieldset>` of radios with a `<legend>`; each radio has its own `<label for>`. */
export function radioGroup(o: RadioGroupOptions): TemplateResult {
  const help = o.hint ? `${o.name}-help` : undefined;
  return html`<fieldset class=${o.class ?? nothing} aria-describedby=${help ?? nothing}>
    <legend>${o.legend}</legend>
    ${help ? html`<p class="hint" id=${help}>${o.hint}</p>` : nothing}
    ${o.options.map(
      ([v, l]) =>
        html`<div class="radio">
          <input
            type="radio"
            id="${o.name}-${v}"
            name=${o.name}
            value=${v}
            .checked=${v === o.value}
            @change=${o.onChange}
          /><label for="${o.name}-${v}">${l}</label>
        </div>`,
    )}
  </fieldset>`;
}
