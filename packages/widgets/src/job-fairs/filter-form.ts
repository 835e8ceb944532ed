/**
 * The filter form of <hbrs-job-fairs>: keyword, city → county, date preset or custom range, mode, campaign,
 * audience, the list/month toggle and "clear". A template of explicit inputs; the element owns the state.
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '@hbrs/core';
import type { DivisionIndex } from '@hbrs/sdk';
import { DATE_PRESETS, type DatePreset } from './dates.js';
import type { JobFairFilterName, JobFairFilters, JobFairsView } from './filters.js';
import { labels } from './labels.js';
import { names } from '../internal/names.js';
import type { JobFairsMessages } from './locales/zh-CN.js';

/** What the filter form shows, and where the user's changes go. */
export interface FilterFormProps {
  readonly t: JobFairsMessages;
  readonly locale: Locale;
  readonly filters: JobFairFilters;
  readonly view: JobFairsView;
  readonly divisions: DivisionIndex | undefined;
  readonly campaigns: readonly string[];
  readonly audiences: readonly string[];
  /** The city of the division filter (its own code, or its county's city). */
  readonly city: string;
  /** Whether a visible filter is set (shows "clear"). */
  readonly active: boolean;
  readonly hidden: (name: JobFairFilterName) => boolean;
  /** Every field's input or change: the field's `name` is what it sets (`keyword`, `city`, `county`, `date`, `from`, …). */
  readonly onField: (e: Event) => void;
  readonly onView: (view: JobFairsView) => void;
  readonly onClear: () => void;
}

type Options = readonly (readonly [string, string])[];

/** A labelled select (`#jf-<name>`, `name` = `name`) of `[value, label]` options. */
function select(
  name: string,
  label: string,
  onChange: (e: Event) => void,
  options: Options,
  value: string,
): TemplateResult {
  return html`<div class="field">
    <label for="jf-${name}">${label}</label>
    <select id="jf-${name}" name=${name} @change=${onChange}>
      ${options.map(([v, l]) => html`<option value=${v} ?selected=${v === value}>${l}</option>`)}
    </select>
  </div>`;
}

/** A labelled date input (`#jf-<name>`). */
function dateInput(
  name: string,
  label: string,
  value: string,
  min: string,
  max: string,
  onChange: (e: Event) => void,
): TemplateResult {
  return html`<div class="field">
    <label for="jf-${name}">${label}</label>
    <input
      id="jf-${name}"
      name=${name}
      type="date"
      .value=${value}
      min=${min || nothing}
      max=${max || nothing}
      @change=${onChange}
    />
  </div>`;
}

function presetLabel(t: JobFairsMessages, p: DatePreset): string {
  return {
    upcoming: t.dateUpcoming,
    week: t.dateWeek,
    month: t.dateMonth,
    past: t.datePast,
    all: t.dateAll,
    custom: t.dateCustom,
  }[p];
}

/** The filter form (`part="filters"`). */
export function renderFilterForm(p: FilterFormProps): TemplateResult {
  const { t, locale: loc, filters: f, divisions, city } = p;
  const counties = divisions && city ? divisions.children(city) : [];
  const field = (name: JobFairFilterName, body: TemplateResult | typeof nothing) =>
    p.hidden(name) ? nothing : body;
  return html`<form
    class="filters"
    part="filters"
    role="search"
    aria-label=${t.filters}
    @submit=${(e: Event) => e.preventDefault()}
  >
    ${field(
      'keyword',
      html`<div class="field field-wide">
        <label for="jf-keyword">${t.keyword}</label>
        <input
          id="jf-keyword"
          name="keyword"
          type="search"
          autocomplete="off"
          aria-describedby="jf-keyword-hint"
          .value=${f.keyword}
          @input=${p.onField}
        />
        <span id="jf-keyword-hint" class="hint">${t.keywordHint}</span>
      </div>`,
    )}
    ${field(
      'division',
      divisions
        ? html`${select(
            'city',
            t.city,
            p.onField,
            [
              ['', t.allCities],
              ...divisions.cities().map((c) => [c.code, names.division(c.code, c.name, loc)] as const),
            ],
            city,
          )}
          ${
            counties.length
              ? select(
                  'county',
                  t.county,
                  p.onField,
                  [
                    ['', t.allCounties],
                    ...counties.map((c) => [c.code, names.division(c.code, c.name, loc)] as const),
                  ],
                  f.division === city ? '' : f.division,
                )
              : nothing
          }`
        : nothing,
    )}
    ${
      p.view === 'list'
        ? field(
            'date',
            html`${select(
              'date',
              t.date,
              p.onField,
              DATE_PRESETS.map((d) => [d, presetLabel(t, d)] as const),
              f.date,
            )}
            ${
              f.date === 'custom'
                ? html`${dateInput('from', t.from, f.from, '', f.to, p.onField)}
                  ${dateInput('to', t.to, f.to, f.from, '', p.onField)}`
                : nothing
            }`,
          )
        : nothing
    }
    ${field(
      'mode',
      select(
        'mode',
        t.mode,
        p.onField,
        [
          ['', t.modeAll],
          ['offline', t.modeOffline],
          ['online', t.modeOnline],
        ],
        f.mode,
      ),
    )}
    ${field(
      'campaign',
      p.campaigns.length
        ? select(
            'campaign',
            t.campaign,
            p.onField,
            [['', t.campaignAll], ...p.campaigns.map((c) => [c, labels.campaign(c, loc)] as const)],
            f.campaign,
          )
        : nothing,
    )}
    ${field(
      'audience',
      p.audiences.length
        ? select(
            'audience',
            t.audience,
            p.onField,
            [['', t.audienceAll], ...p.audiences.map((a) => [a, labels.audience(a, loc)] as const)],
            f.audience,
          )
        : nothing,
    )}
    <div class="filter-actions">
      ${field(
        'view',
        html`<div class="view-toggle" role="group" aria-label=${t.view}>
          ${(['list', 'month'] as const).map(
            (v) =>
              html`<button
                type="button"
                class="hbrs-button"
                data-variant=${p.view === v ? 'primary' : 'secondary'}
                aria-pressed=${p.view === v ? 'true' : 'false'}
                @click=${() => p.onView(v)}
              >
                ${v === 'list' ? t.viewList : t.viewMonth}
              </button>`,
          )}
        </div>`,
      )}
      ${
        p.active
          ? html`<button type="button" class="hbrs-button" data-variant="secondary" @click=${p.onClear}>
              ${t.clear}
            </button>`
          : nothing
      }
    </div>
  </form>`;
}
