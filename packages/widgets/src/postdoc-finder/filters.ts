/**
 * The finder's facet selects (with counts) and the chips of the active filters: templates with their data
 * and callbacks as arguments.
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import { echoInput, fill, type Locale } from '@hbrs/core';
import type { FacetCount } from '@hbrs/sdk';
import { selectField, type FieldOption } from '../internal/fields.js';
import type { PostdocFormat } from './format.js';
import type { Computed, PostdocFilters, Prepared } from './model.js';
import { CATEGORIES, CITIES, INDUSTRY_FIELDS, STATION_TYPES, label } from './vocab.js';

/** A filter chosen through a select. */
export type FacetKey = Exclude<keyof PostdocFilters, 'q'>;

function renderSelect(
  fmt: PostdocFormat,
  current: string,
  key: FacetKey,
  text: string,
  counts: FacetCount[],
  name: (v: string) => string,
  onSelect: (key: FacetKey, value: string) => void,
  lang?: string,
): TemplateResult {
  const options =
    current && !counts.some((c) => c.value === current) ? [{ value: current, count: 0 }, ...counts] : counts;
  return selectField({
    id: `pd-f-${key}`,
    label: text,
    value: current,
    empty: fmt.t.any,
    options: options.map((o): FieldOption => [o.value, `${name(o.value)} (${o.count})`, lang]),
    onChange: (e: Event) => onSelect(key, (e.target as HTMLSelectElement).value),
  });
}

/** The facet selects, each with the counts of `c`. */
export function renderFilters(
  fmt: PostdocFormat,
  prep: Prepared,
  filters: PostdocFilters,
  c: Computed,
  onSelect: (key: FacetKey, value: string) => void,
): TemplateResult {
  const { t, locale: loc } = fmt;
  const names = prep.disciplineNames;
  const select = (key: FacetKey, text: string, name: (v: string) => string, lang?: string) =>
    renderSelect(fmt, filters[key], key, text, c.facets[key], name, onSelect, lang);
  return html`<div class="filters" part="filters" role="group" aria-label=${t.filters}>
    ${select('category', t.category, (v) => `${v} ${label(CATEGORIES, v, loc)}`)}
    ${select('discipline', t.discipline, (v) => `${v} ${fmt.disciplineName(v, names.get(v) ?? '')}`)}
    ${select('type', t.stationType, (v) => label(STATION_TYPES, v, loc))}
    ${select('city', t.city, (v) => label(CITIES, v, loc))} ${select('host', t.host, (v) => v, 'zh-CN')}
    ${select('field', t.field, (v) => label(INDUSTRY_FIELDS, v, loc))}
  </div>`;
}

function filterLabel(fmt: PostdocFormat, prep: Prepared, key: keyof PostdocFilters, v: string): string {
  const loc: Locale = fmt.locale;
  switch (key) {
    case 'category':
      return label(CATEGORIES, v, loc);
    case 'discipline':
      return `${fmt.disciplineName(v, prep.disciplineNames.get(v) ?? '')}${fmt.paren(v)}`;
    case 'type':
      return label(STATION_TYPES, v, loc);
    case 'city':
      return label(CITIES, v, loc);
    case 'field':
      return label(INDUSTRY_FIELDS, v, loc);
    default:
      // The keyword (or a host) as typed: echoed cut to 40 characters.
      return echoInput(v);
  }
}

/** One removable chip per active filter, and one to clear them all; nothing without filters. */
export function renderChips(
  fmt: PostdocFormat,
  prep: Prepared,
  f: PostdocFilters,
  onRemove: (key: keyof PostdocFilters, index: number) => void,
  onClearAll: () => void,
): TemplateResult | typeof nothing {
  const t = fmt.t;
  const names: Record<keyof PostdocFilters, string> = {
    q: t.keyword,
    category: t.category,
    discipline: t.discipline,
    type: t.stationType,
    city: t.city,
    host: t.host,
    field: t.field,
  };
  const active = (Object.keys(names) as Array<keyof PostdocFilters>).filter(
    (k) => f[k] !== '' && !(k === 'category' && f.discipline),
  );
  if (active.length === 0) return nothing;
  return html`<div class="chips" part="chips">
    <h3 class="hbrs-visually-hidden" id="pd-chips-title">${t.activeFilters}</h3>
    <ul aria-labelledby="pd-chips-title">
      ${active.map(
        (k, i) =>
          html`<li>
            <button type="button" class="chip" data-chip=${k} @click=${() => onRemove(k, i)}>
              <span class="hbrs-visually-hidden">${fill(t.removeFilter, { label: '' })}</span
              >${names[k]}${t.colon}${filterLabel(fmt, prep, k, f[k])}<span class="x" aria-hidden="true"
                >×</span
              >
            </button>
          </li>`,
      )}
      <li>
        <button type="button" class="chip clear" data-chip="all" @click=${onClearAll}>${t.clearAll}</button>
      </li>
    </ul>
  </div>`;
}
