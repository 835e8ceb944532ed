/**
 * The pure views of <hbrs-service-map> (state in, template out, no element state): the "where are
 * you" block, the filter form, the map frame with its buttons, and the result list.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { fill, renderEmpty, type CoreMessages, type Locale } from '@hbrs/core';
import { BANK_CODES, BANK_INFO, SERVICE_CODES, SERVICE_LABELS, type LocatedServicePoint } from '@hbrs/sdk';
import { inputField, selectField } from '../internal/fields.js';
import { pickLabel } from '../internal/labels.js';
import type { ServiceMapMessages } from './locales/zh-CN.js';
import { bankName, distanceText, openAt } from './texts.js';

/** An option of the 市州 or 区县 picker. */
export interface DivisionOption {
  code: string;
  name: string;
}

/** What the "where are you" block shows. */
export interface WhereView {
  t: ServiceMapMessages;
  /** The device location is in use. */
  located: boolean;
  locating: boolean;
  message: string;
  cities: readonly DivisionOption[];
  counties: readonly DivisionOption[];
  city: string;
  county: string;
  /** Name of the chosen division (offers "only this area"), or empty. */
  area: string;
  only: boolean;
  onLocate: () => void;
  onForget: () => void;
  onCity: (e: Event) => void;
  onCounty: (e: Event) => void;
  onOnly: (e: Event) => void;
}

/** The "where are you" block: the location button, the 市州 → 区县 picker and "only this area". */
export function renderWhere(v: WhereView): TemplateResult {
  const { t } = v;
  return html`<fieldset class="sm-where" part="locate">
    <legend>${t.whereLabel}</legend>
    <div class="sm-locate-row">
      ${
        v.located
          ? html`<button
              type="button"
              id="sm-locate"
              class="hbrs-button"
              data-variant="secondary"
              @click=${v.onForget}
            >
              ${t.forgetLocation}
            </button>`
          : html`<button
              type="button"
              id="sm-locate"
              class="hbrs-button"
              ?disabled=${v.locating}
              @click=${v.onLocate}
            >
              ${t.locate}
            </button>`
      }
      <p class="sm-hint">${t.locateHint}</p>
    </div>
    ${v.message ? html`<p class="sm-locate-msg">${v.message}</p>` : nothing}
    <div class="sm-fields">
      ${selectField({
        id: 'sm-city',
        class: 'sm-field',
        label: t.city,
        value: v.city,
        onChange: v.onCity,
        empty: t.anyCity,
        options: v.cities.map((c) => [c.code, c.name] as const),
      })}
      ${
        v.counties.length
          ? selectField({
              id: 'sm-county',
              class: 'sm-field',
              label: t.county,
              value: v.county,
              onChange: v.onCounty,
              empty: t.anyCounty,
              options: v.counties.map((c) => [c.code, c.name] as const),
            })
          : nothing
      }
      ${v.area ? check('sm-only', fill(t.onlyArea, { place: v.area }), v.only, v.onOnly) : nothing}
    </div>
  </fieldset>`;
}

/** A labelled checkbox. */
const check = (id: string, label: string, on: boolean, onChange: (e: Event) => void): TemplateResult =>
  html`<label class="sm-check">
    <input id=${id} type="checkbox" .checked=${on} @change=${onChange} />
    <span>${label}</span>
  </label>`;

/** What the filter form shows. */
export interface FiltersView {
  t: ServiceMapMessages;
  locale: Locale;
  keyword: string;
  service: string;
  bank: string;
  openNow: boolean;
  onKeyword: (e: Event) => void;
  onService: (e: Event) => void;
  onBank: (e: Event) => void;
  onOpenNow: (e: Event) => void;
  onClear: () => void;
}

/** The filter form: keyword, service, bank, open now, and "clear" once any is set. */
export function renderFilters(v: FiltersView): TemplateResult {
  const { t } = v;
  const active = v.keyword || v.service || v.bank || v.openNow;
  return html`<form
    class="sm-filters"
    part="filters"
    role="search"
    aria-label=${t.filters}
    @submit=${(e: Event) => e.preventDefault()}
  >
    ${inputField({
      id: 'sm-keyword',
      class: 'sm-field sm-keyword',
      type: 'search',
      autocomplete: 'off',
      label: t.keyword,
      hint: t.keywordHint,
      value: v.keyword,
      onInput: v.onKeyword,
    })}
    ${selectField({
      id: 'sm-service',
      class: 'sm-field',
      label: t.service,
      value: v.service,
      onChange: v.onService,
      empty: t.anyService,
      options: SERVICE_CODES.map((c) => [c, pickLabel(SERVICE_LABELS[c], v.locale)] as const),
    })}
    ${selectField({
      id: 'sm-bank',
      class: 'sm-field',
      label: t.bank,
      value: v.bank,
      onChange: v.onBank,
      empty: t.anyBank,
      options: BANK_CODES.map((c) => [c, pickLabel(BANK_INFO[c], v.locale)] as const),
    })}
    ${check('sm-open', t.openNow, v.openNow, v.onOpenNow)}
    ${
      active
        ? html`<button
            type="button"
            class="hbrs-button sm-clear"
            data-variant="secondary"
            @click=${v.onClear}
          >
            ${t.clear}
          </button>`
        : nothing
    }
  </form>`;
}

/** What the map frame shows. */
export interface MapFrameView {
  t: ServiceMapMessages;
  status: 'idle' | 'ready' | 'error';
  /** The offline base map is in use (the note says it has no boundaries). */
  offline: boolean;
  onSkip: () => void;
  onZoomIn: () => void;
  onZoomOut: () => void;
  onShowAll: () => void;
}

/** The map column: the skip link, the map container, its status note, the zoom buttons and the notes. */
export function renderMapFrame(v: MapFrameView): TemplateResult {
  const { t } = v;
  const zoom = (cls: string, label: string, glyph: string, onClick: () => void): TemplateResult =>
    html`<button type="button" class=${cls} aria-label=${label} title=${label} @click=${onClick}>
      <span aria-hidden="true">${glyph}</span>
    </button>`;
  return html`<button type="button" class="sm-skip" @click=${v.onSkip}>${t.skipMap}</button>
    <div class="sm-map-frame">
      <div
        class="sm-map"
        role="region"
        aria-label=${t.mapLabel}
        aria-describedby="sm-map-hint"
        tabindex="0"
      ></div>
      ${
        v.status === 'ready'
          ? nothing
          : html`<p class="sm-map-status">${v.status === 'error' ? t.mapFailed : t.mapLoading}</p>`
      }
      <div class="sm-zoom">
        ${zoom('sm-zoom-in', t.zoomIn, '+', v.onZoomIn)} ${zoom('sm-zoom-out', t.zoomOut, '−', v.onZoomOut)}
        ${zoom('sm-zoom-all', t.showAll, '⌂', v.onShowAll)}
      </div>
    </div>
    <p id="sm-map-hint" class="sm-note">${t.mapHint}</p>
    ${v.offline ? html`<p class="sm-note">${t.offlineNote}</p>` : nothing}`;
}

/** What the result list shows. */
export interface ListView {
  t: ServiceMapMessages;
  core: CoreMessages;
  locale: Locale;
  items: readonly LocatedServicePoint[];
  total: number;
  /** How many results are on screen ("show more" adds a page). */
  shown: number;
  selectedId: string | undefined;
  /** The clock for "open now"; `undefined` when invalid (nothing open). */
  at: Date | undefined;
  onItemClick: (e: Event) => void;
  onShowMore: () => void;
  /** Clears the filters; offered on an empty result only when a filter is set. */
  onClear: (() => void) | undefined;
}

/** The result list: the first `shown` results, the empty view with its way out, "show more". */
export function renderList(v: ListView): TemplateResult {
  const { t, total, shown } = v;
  return html`<h3 id="sm-list-title" class="sm-list-title" tabindex="-1">${t.list}</h3>
    ${
      total === 0
        ? renderEmpty(
            v.core,
            v.onClear
              ? { message: t.emptyMessage, actionLabel: t.clear, onAction: v.onClear }
              : { message: t.emptyMessage },
          )
        : html`<ol class="sm-list" aria-labelledby="sm-list-title">
            ${v.items.slice(0, shown).map((r) => renderItem(v, r))}
          </ol>`
    }
    ${
      total > shown
        ? html`<button
            type="button"
            class="hbrs-button sm-more"
            data-variant="secondary"
            @click=${v.onShowMore}
          >
            ${fill(t.showMore, { count: total - shown })}
          </button>`
        : nothing
    }`;
}

function renderItem(v: ListView, r: LocatedServicePoint): TemplateResult {
  const { t } = v;
  const p = r.point;
  const open = openAt(p, v.at);
  return html`<li>
    <button
      type="button"
      class="item"
      part="item"
      data-id=${p.id}
      aria-current=${p.id === v.selectedId ? 'true' : 'false'}
      @click=${v.onItemClick}
    >
      <span class="sm-item-name hbrs-clamp" lang="zh-CN">${p.name}</span>
      <span class="sm-item-meta">
        <span class=${open ? 'sm-open' : 'sm-closed'}>${open ? t.open : t.closed}</span>
        · ${bankName(p, v.locale)}
        ${r.distanceKm === undefined ? nothing : html`· <span class="sm-km">${fill(t.distance, { distance: distanceText(r.distanceKm, v.locale) })}</span>`}
      </span>
      <span class="sm-item-addr hbrs-clamp-2" lang="zh-CN">${p.address}</span>
    </button>
  </li>`;
}
