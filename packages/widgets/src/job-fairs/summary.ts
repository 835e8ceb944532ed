/**
 * A fair's summary (name, status, time, place, organiser and figures): a row of the list, and an item of the
 * month view's day list (`<hbrs-job-fair-calendar>`), which is why it is a function of explicit inputs.
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import { fill, safeUrl, type Locale } from '@hbrs/core';
import type { DivisionIndex, JobFair } from '@hbrs/sdk';
import { fairCounts, fairStatus } from './fair.js';
import { formatCount, formatFairRange } from './format.js';
import { labels, listSep } from './labels.js';
import { joined, names, zhText } from '../internal/names.js';
import type { JobFairsMessages } from './locales/zh-CN.js';

/** What a fair's summary is rendered with. */
export interface SummaryContext {
  readonly locale: Locale;
  /** The element's texts in `locale`. */
  readonly t: JobFairsMessages;
  /** The instant statuses are computed at (ms). */
  readonly now: number;
  /** The division index, for place names (none: no names). */
  readonly divisions: DivisionIndex | undefined;
  /** Called when the user chooses the fair (its name is a button). */
  readonly open: (id: string) => void;
}

/**
 * The name of a division below the province (`黄石市 大冶市`; `Daye City, Huangshi` in English), or empty without
 * the division index.
 */
export function divisionName(divisions: DivisionIndex | undefined, code: string, locale: Locale): string {
  if (!divisions) return '';
  const path = divisions.path(code).filter((x) => x.level !== 'province' && x.level !== 'group');
  const parts = path.map((x) => names.division(x.code, x.name, locale));
  return locale === 'en' ? parts.reverse().join(', ') : parts.join(' ');
}

/** The status badge of a fair at `now`. */
export function renderStatus(f: JobFair, locale: Locale, now: number): TemplateResult {
  const s = fairStatus(f, now);
  return html`<span class="status" part="status" data-status=${s}>${labels.status(s, locale)}</span>`;
}

function renderWhere(f: JobFair, c: SummaryContext): TemplateResult {
  const division = divisionName(c.divisions, f.divisionCode, c.locale);
  const venue = zhText(f.venue?.name);
  const online = f.mode !== 'offline' ? safeUrl(f.online?.url, ['http:', 'https:']) : undefined;
  return html`<span class="mode">${labels.mode(f.mode, c.locale)}</span> ${
      f.mode !== 'online' && (division || f.venue?.name)
        ? html`<span class="hbrs-clamp-2">${joined([division, venue], ' · ')}</span>`
        : nothing
    }
    ${
      f.mode !== 'offline'
        ? online
          ? html`<a class="hbrs-clamp-2" href=${online} target="_blank" rel="noopener noreferrer"
              >${f.online?.platform ? html`<span lang="zh-CN">${f.online.platform}</span>` : c.t.onlineOpen}</a
            >`
          : f.online?.platform
            ? html`<span class="hbrs-clamp-2" lang="zh-CN">${f.online.platform}</span>`
            : nothing
        : nothing
    }`;
}

/** The summary of a fair under a heading of `headingLevel` whose button (`data-fair`) opens the detail. */
export function renderFairSummary(f: JobFair, headingLevel: 3 | 4, c: SummaryContext): TemplateResult {
  const { t, locale: loc } = c;
  const n = fairCounts(f);
  const name = html`<button
    type="button"
    lang="zh-CN"
    class="fair-name hbrs-clamp"
    data-fair=${f.id}
    @click=${() => c.open(f.id)}
  >
    ${f.name}
  </button>`;
  return html`${headingLevel === 3 ? html`<h3 class="fair-title">${name}</h3>` : html`<h4 class="fair-title">${name}</h4>`}
    <p class="fair-when">
      ${renderStatus(f, loc, c.now)}
      <time datetime=${f.startTime}>${formatFairRange(loc, f.startTime, f.endTime)}</time>
    </p>
    <p class="fair-where">${renderWhere(f, c)}</p>
    <p class="fair-meta">
      ${f.organizers.hosts[0] ? html`<span class="hbrs-clamp-2" lang="zh-CN">${f.organizers.hosts[0]}</span>` : nothing}
      ${f.zones.length ? html`<span>${fill(t.zonesCount, { count: formatCount(loc, f.zones.length) })}</span>` : nothing}
      <span>${fill(t.employersCount, { count: formatCount(loc, n.employers) })}</span>
      <span>${fill(t.positionsCount, { count: formatCount(loc, n.positions) })}</span>
      ${
        f.campaign && f.campaign.code !== 'none'
          ? html`<span class="campaign">${labels.campaign(f.campaign.code, loc)}</span>`
          : nothing
      }
      ${
        f.targetGroups.length
          ? html`<span
              >${t.audience}: ${f.targetGroups.map((g) => labels.audience(g, loc)).join(listSep(loc))}</span
            >`
          : nothing
      }
    </p>`;
}
