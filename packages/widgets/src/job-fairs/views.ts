/**
 * The secondary views of <hbrs-job-fairs>, loaded on demand (a separate chunk in the CDN build) so the list
 * renders without them: the detail body, the month grid, the `.ics` writer and the share link, with their
 * texts (both locales) and styles.
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import { fill, safeUrl, type CoreMessages, type HbrsEventMap, type Locale } from '@hbrs/core';
import { EDUCATION_LEVELS, FAIR_TYPE_LABELS, ZONE_KIND_LABELS, type JobFair } from '@hbrs/sdk';
import type { Announcer } from '@hbrs/core';
import { addDays, daysInMonth, parseYmd, startOfDay, weekday, ymdOf, ymdString, type Ymd } from './dates.js';
import { formatCount, formatFairRange } from './format.js';
import { icsFileName, writeIcs } from './ics.js';
import { labels, pick } from './labels.js';
import type { JobFairsMessages } from './job-fairs.js';
import type { ListWindow } from './virtual-list.js';
import { fairCounts } from './fair.js';
import { viewMessages, type ViewMessages } from './views.messages.js';
import {
  formatDay,
  formatInstant,
  formatMonth,
  formatSalary,
  formatShortDay,
  weekdayNames,
  addMonths,
  ymString,
} from './views.format.js';

export { viewStyles } from './views.styles.js';

/**
 * What the views read and write on the element. The element passes itself: these are its own (TypeScript-private)
 * members, so the views work on the element's state directly instead of through a copy.
 */
export interface ViewHost {
  readonly t: JobFairsMessages;
  readonly locale: Locale;
  readonly coreText: CoreMessages;
  readonly nowMs: number;
  readonly syncUrl: boolean;
  readonly announcer: Announcer;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly monthFairs: JobFair[];
  day: string;
  focusDay: string;
  month: string;
  focusGrid: boolean;
  shareNote: string;
  shareUrl: string;
  shownMonth(): { y: number; m: number };
  writeUrl(mode: 'push' | 'replace'): void;
  emit<K extends keyof HbrsEventMap>(
    type: K,
    detail: HbrsEventMap[K],
    init?: { cancelable?: boolean },
  ): boolean;
  divisionName(code: string): string;
  renderStatus(f: JobFair): TemplateResult;
  renderFairSummary(f: JobFair, headingLevel: 3 | 4): TemplateResult;
  shareLinkFor(id: string): string;
  returnFocusTo: string;
  readonly results: JobFair[];
  readonly win: ListWindow | undefined;
  readonly view: string;
  readonly updateComplete: Promise<boolean>;
  requestUpdate(): void;
}

/** After the detail closed: focus the fair's button in the list (scrolled into the window), else the count. */
export async function restoreFocus(h: ViewHost, id: string): Promise<void> {
  const target = h.returnFocusTo || id;
  h.returnFocusTo = '';
  const find = () =>
    [...h.renderRoot.querySelectorAll<HTMLButtonElement>('button[data-fair]')].find(
      (b) => b.dataset.fair === target,
    );
  let button = find();
  const list = h.renderRoot.querySelector<HTMLElement>('.list.long');
  if (!button && list && h.view === 'list') {
    const index = h.results.findIndex((f) => f.id === target);
    if (index >= 0) {
      h.win?.scrollTo(list, index);
      h.requestUpdate();
      await h.updateComplete;
      button = find();
    }
  }
  (button ?? h.renderRoot.querySelector<HTMLElement>('#jf-count'))?.focus();
}

const grouped = new WeakMap<JobFair[], Map<string, JobFair[]>>();

/** The fairs of the month shown, by day (`YYYY-MM-DD`); a fair spanning several days is listed on each. */
function byDay(h: ViewHost): Map<string, JobFair[]> {
  let map = grouped.get(h.monthFairs);
  if (map) return map;
  map = new Map();
  const { y, m } = h.shownMonth();
  const first = { y, m, d: 1 };
  const lo = startOfDay(first);
  const hi = startOfDay(addDays({ y, m, d: daysInMonth(y, m) }, 1));
  for (const f of h.monthFairs) {
    const s = Math.max(Date.parse(f.startTime), lo);
    const e = Math.min(Date.parse(f.endTime), hi - 1);
    for (let d = ymdOf(s), n = 0; startOfDay(d) <= e && n < 31; d = addDays(d, 1), n++) {
      const k = ymdString(d);
      const list = map.get(k);
      if (list) list.push(f);
      else map.set(k, [f]);
    }
  }
  grouped.set(h.monthFairs, map);
  return map;
}

/** The label of an education level code (`00` = no requirement). */
function education(code: string, locale: Locale): string {
  const e = EDUCATION_LEVELS.find((l) => l.code === code);
  return e ? (locale === 'en' ? e.en : e.zh) : code;
}

/** The element's texts and the views' texts in the current locale. */
function texts(h: ViewHost): JobFairsMessages & ViewMessages {
  return { ...h.t, ...viewMessages[h.locale] };
}

/** The `.ics` text of a fair. */
export function icsFor(h: ViewHost, f: JobFair): string {
  const venue = [f.venue?.name, f.venue?.address].filter(Boolean).join(' ');
  const online = safeUrl(f.online?.url, ['http:', 'https:']);
  const lines = [
    f.theme,
    f.description,
    f.organizers.hosts.length ? `${texts(h).organizer}: ${f.organizers.hosts.join('、')}` : undefined,
    f.contact?.phone ? `${texts(h).phone}: ${f.contact.phone}` : undefined,
    online ? `${texts(h).online}: ${online}` : undefined,
  ].filter((x): x is string => !!x);
  return writeIcs(
    [
      {
        uid: `${f.id}@hbrs-job-fairs`,
        summary: f.name,
        start: f.startTime,
        end: f.endTime,
        ...(venue || online ? { location: venue || online } : {}),
        ...(lines.length ? { description: lines.join('\n') } : {}),
        ...(online || f.source?.url ? { url: online ?? f.source?.url } : {}),
        status: f.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
        organizer: f.organizers.hosts[0],
        ...(f.campaign ? { categories: [labels.campaign(f.campaign.code, h.locale)] } : {}),
      },
    ],
    { now: new Date(h.nowMs) },
  );
}

/** Makes the `.ics` file of a fair, emits `hbrs-fair-calendar` and (unless cancelled) downloads it. */
export function downloadIcs(h: ViewHost, f: JobFair): void {
  const ics = icsFor(h, f);
  const filename = icsFileName(f.name);
  const proceed = h.emit('hbrs-fair-calendar', { id: f.id, filename, ics }, { cancelable: true });
  if (proceed) {
    const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = filename;
    a.hidden = true;
    h.renderRoot.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
  h.announcer.announce(fill(texts(h).calendarSaved, { file: filename }));
}

/** The link that opens this fair's detail (the page URL with `jf.fair=<id>`). */
/** Copies the share link of a fair (or shows it for manual copying) and emits `hbrs-fair-share`. */
export async function share(h: ViewHost, f: JobFair): Promise<void> {
  const url = h.shareLinkFor(f.id);
  let copied = false;
  try {
    await navigator.clipboard.writeText(url);
    copied = true;
  } catch {
    copied = false;
  }
  h.shareUrl = url;
  h.shareNote = copied ? texts(h).copied : texts(h).copyFailed;
  h.announcer.announce(h.shareNote);
  h.emit('hbrs-fair-share', { id: f.id, url, copied });
}

function moveMonth(h: ViewHost, n: number): void {
  const next = addMonths(h.shownMonth(), n);
  h.month = ymString(next);
  const fd = parseYmd(h.focusDay);
  const d = Math.min(fd?.d ?? 1, daysInMonth(next.y, next.m));
  h.focusDay = ymdString({ ...next, d });
  h.writeUrl('push');
}

function currentFocusDay(h: ViewHost): Ymd {
  const { y, m } = h.shownMonth();
  const fd = parseYmd(h.focusDay);
  if (fd && fd.y === y && fd.m === m) return fd;
  const today = ymdOf(h.nowMs);
  return today.y === y && today.m === m ? today : { y, m, d: 1 };
}

/** Keyboard navigation of the month grid. */
function onGridKey(h: ViewHost, e: KeyboardEvent): void {
  const cur = currentFocusDay(h);
  let next: Ymd | undefined;
  switch (e.key) {
    case 'ArrowLeft':
      next = addDays(cur, -1);
      break;
    case 'ArrowRight':
      next = addDays(cur, 1);
      break;
    case 'ArrowUp':
      next = addDays(cur, -7);
      break;
    case 'ArrowDown':
      next = addDays(cur, 7);
      break;
    case 'Home':
      next = addDays(cur, -weekday(cur));
      break;
    case 'End':
      next = addDays(cur, 6 - weekday(cur));
      break;
    case 'PageUp':
    case 'PageDown': {
      const ym = addMonths(cur, e.key === 'PageUp' ? -1 : 1);
      next = { ...ym, d: Math.min(cur.d, daysInMonth(ym.y, ym.m)) };
      break;
    }
    case 'Enter':
    case ' ':
      e.preventDefault();
      pickDay(h, ymdString(cur));
      return;
    default:
      return;
  }
  e.preventDefault();
  const { y, m } = h.shownMonth();
  h.focusDay = ymdString(next);
  if (next.y !== y || next.m !== m) {
    h.month = ymString(next);
    h.writeUrl('replace');
  }
  h.focusGrid = true;
}

function pickDay(h: ViewHost, day: string): void {
  h.day = day;
  h.focusDay = day;
  const n = byDay(h).get(day)?.length ?? 0;
  const v = parseYmd(day)!;
  h.announcer.announce(
    fill(texts(h).dayLabel, { date: formatDay(h.locale, v), count: formatCount(h.locale, n) }),
  );
}

/** The month view: a keyboard-navigable grid and the fairs of the picked day. */
export function renderMonth(h: ViewHost): TemplateResult {
  const t = texts(h);
  const loc = h.locale;
  const { y, m } = h.shownMonth();
  const focus = currentFocusDay(h);
  const first = { y, m, d: 1 };
  const lead = weekday(first);
  const days = daysInMonth(y, m);
  const cells: (Ymd | undefined)[] = [
    ...Array.from({ length: lead }, () => undefined),
    ...Array.from({ length: days }, (_, i) => ({ y, m, d: i + 1 })),
  ];
  while (cells.length % 7) cells.push(undefined);
  const weeks: (Ymd | undefined)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  const names = weekdayNames(loc);
  const todayKey = ymdString(ymdOf(h.nowMs));
  const picked = h.day && parseYmd(h.day);
  const dayFairs = picked ? (byDay(h).get(h.day) ?? []) : [];
  return html`<div class="calendar" part="calendar">
    <div class="month-nav">
      <button type="button" class="hbrs-button" data-variant="secondary" @click=${() => moveMonth(h, -1)}>
        <span aria-hidden="true">‹</span> ${t.prevMonth}
      </button>
      <h3 id="jf-month-title" class="month-title">${formatMonth(loc, y, m)}</h3>
      <button type="button" class="hbrs-button" data-variant="secondary" @click=${() => moveMonth(h, 1)}>
        ${t.nextMonth} <span aria-hidden="true">›</span>
      </button>
    </div>
    <p id="jf-grid-hint" class="hint">${t.gridHint}</p>
    <table
      role="grid"
      class="grid"
      aria-labelledby="jf-month-title"
      aria-describedby="jf-grid-hint"
      @keydown=${(e: KeyboardEvent) => onGridKey(h, e)}
    >
      <thead>
        <tr>
          ${names.map((n) => html`<th scope="col" abbr=${n.long}>${n.short}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${weeks.map(
          (w) =>
            html`<tr>
              ${w.map((d) => {
                if (!d) return html`<td class="pad"></td>`;
                const key = ymdString(d);
                const n = byDay(h).get(key)?.length ?? 0;
                const isFocus = d.d === focus.d;
                return html`<td
                  role="gridcell"
                  tabindex=${isFocus ? '0' : '-1'}
                  data-day=${key}
                  aria-selected=${key === h.day ? 'true' : 'false'}
                  aria-current=${key === todayKey ? 'date' : nothing}
                  class=${n ? 'has-fairs' : ''}
                  @click=${() => pickDay(h, key)}
                  @focus=${() => {
                    if (h.focusDay !== key) h.focusDay = key;
                  }}
                >
                  <span class="day-num" aria-hidden="true">${d.d}</span>
                  <span class="hbrs-visually-hidden"
                    >${fill(t.dayLabel, { date: formatDay(loc, d), count: formatCount(loc, n) })}</span
                  >
                  ${
                    n
                      ? html`<span class="day-count" aria-hidden="true"
                          >${fill(t.dayCount, { count: formatCount(loc, n) })}</span
                        >`
                      : nothing
                  }
                </td>`;
              })}
            </tr>`,
        )}
      </tbody>
    </table>
    ${
      picked
        ? html`<section class="day-fairs" aria-labelledby="jf-day-title">
            <h3 id="jf-day-title">${fill(t.dayFairs, { date: formatShortDay(loc, picked) })}</h3>
            ${
              dayFairs.length
                ? html`<ul class="plain">
                    ${dayFairs.map((f) => html`<li class="fair" part="fair">${h.renderFairSummary(f, 4)}</li>`)}
                  </ul>`
                : html`<p>${t.dayNone}</p>`
            }
          </section>`
        : nothing
    }
  </div>`;
}

/** The detail of a fair below its heading (the dialog and its heading are the element's). */
export function renderDetailBody(h: ViewHost, f: JobFair): TemplateResult {
  const t = texts(h);
  const loc = h.locale;
  const c = fairCounts(f);
  const online = safeUrl(f.online?.url, ['http:', 'https:']);
  const live = safeUrl(f.online?.liveStreamUrl, ['http:', 'https:']);
  const digits = f.contact?.phone?.replace(/[^\d+]/g, '') ?? '';
  const phone = /^\+?\d{3,}$/.test(digits) ? safeUrl(`tel:${digits}`, ['tel:']) : undefined;
  const jsUrl = safeUrl(f.registration?.jobseeker?.url, ['http:', 'https:']);
  const emUrl = safeUrl(f.registration?.employer?.url, ['http:', 'https:']);
  const srcUrl = safeUrl(f.source?.url, ['http:', 'https:']);
  const zoneName = new Map(f.zones.map((z) => [z.code, z.name]));
  const headcount = f.stats?.headcountTotal;
  return html`
    ${f.theme ? html`<p class="theme">${f.theme}</p>` : nothing}
    <dl class="facts">
      <dt>${t.time}</dt>
      <dd>
        ${h.renderStatus(f)}
        <time datetime=${f.startTime}>${formatFairRange(loc, f.startTime, f.endTime)}</time>
      </dd>
      <dt>${t.venue}</dt>
      <dd>${renderDetailWhere(h, f, online, live)}</dd>
      ${
        f.venue?.transit
          ? html`<dt>${t.transit}</dt>
              <dd>${f.venue.transit}</dd>`
          : nothing
      }
      <dt>${t.organizer}</dt>
      <dd>${f.organizers.hosts.join('、')}</dd>
      ${
        f.organizers.undertakers.length
          ? html`<dt>${t.undertaker}</dt>
              <dd>${f.organizers.undertakers.join('、')}</dd>`
          : nothing
      }
      ${
        f.organizers.coOrganizers.length
          ? html`<dt>${t.coOrganizer}</dt>
              <dd>${f.organizers.coOrganizers.join('、')}</dd>`
          : nothing
      }
      ${
        f.campaign && f.campaign.code !== 'none'
          ? html`<dt>${t.campaignLabel}</dt>
              <dd>${f.campaign.name ?? labels.campaign(f.campaign.code, loc)}</dd>`
          : nothing
      }
      ${
        f.fairType
          ? html`<dt>${t.fairType}</dt>
              <dd>${pick(FAIR_TYPE_LABELS, f.fairType, loc)}</dd>`
          : nothing
      }
      ${
        f.targetGroups.length
          ? html`<dt>${t.audience}</dt>
              <dd>${f.targetGroups.map((g) => labels.audience(g, loc)).join('、')}</dd>`
          : nothing
      }
      <dt>${t.employers}</dt>
      <dd>
        ${fill(t.employersCount, { count: formatCount(loc, c.employers) })} ·
        ${fill(t.positionsCount, { count: formatCount(loc, c.positions) })}
        ${headcount ? html` · ${fill(t.headcountTotal, { count: formatCount(loc, headcount) })}` : nothing}
      </dd>
    </dl>
    ${
      f.description
        ? html`<h3>${t.description}</h3>
            <p class="prose">${f.description}</p>`
        : nothing
    }
    ${
      f.zones.length
        ? html`<h3>${t.zones}</h3>
            <ul class="zones">
              ${f.zones.map(
                (z) =>
                  html`<li>
                    <strong>${z.name}</strong>
                    ${z.kind ? html`<span class="muted">${pick(ZONE_KIND_LABELS, z.kind, loc)}</span>` : nothing}
                    ${z.boothRange ? html`<span class="muted">${fill(t.booth, { booth: z.boothRange })}</span>` : nothing}
                  </li>`,
              )}
            </ul>`
        : nothing
    }
    <h3>${t.employers}</h3>
    ${
      f.employers.length
        ? html`<ul class="employers">
            ${f.employers.map(
              (e) =>
                html`<li class="employer">
                  <h4>${e.name}</h4>
                  <p class="muted">
                    ${[
                      e.boothNo ? fill(t.booth, { booth: e.boothNo }) : '',
                      e.zoneCode ? (zoneName.get(e.zoneCode) ?? '') : '',
                      e.nature ?? '',
                      e.industry?.name ?? '',
                      e.scale ?? '',
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </p>
                  ${
                    e.positions.length
                      ? html`<ul class="positions">
                          ${e.positions.map(
                            (p) =>
                              html`<li>
                                <strong>${p.title}</strong>
                                <span
                                  >${
                                    p.headcount > 0
                                      ? fill(t.headcount, { count: formatCount(loc, p.headcount) })
                                      : t.headcountAny
                                  }</span
                                >
                                <span
                                  >${
                                    p.education.code === '00'
                                      ? education('00', loc)
                                      : p.education.orAbove
                                        ? fill(t.orAbove, {
                                            label: education(p.education.code, loc),
                                          })
                                        : education(p.education.code, loc)
                                  }</span
                                >
                                <span class="salary">${formatSalary(loc, p.salary, t)}</span>
                              </li>`,
                          )}
                        </ul>`
                      : html`<p class="muted">${t.noPositions}</p>`
                  }
                </li>`,
            )}
          </ul>`
        : html`<p class="muted">${t.noEmployers}</p>`
    }
    ${
      f.contact && (f.contact.name || f.contact.phone || f.contact.email)
        ? html`<h3>${t.contact}</h3>
            <dl class="facts">
              ${
                f.contact.name
                  ? html`<dt>${t.contactName}</dt>
                      <dd>${f.contact.name}</dd>`
                  : nothing
              }
              ${
                f.contact.phone
                  ? html`<dt>${t.phone}</dt>
                      <dd>${phone ? html`<a href=${phone}>${f.contact.phone}</a>` : f.contact.phone}</dd>`
                  : nothing
              }
              ${
                f.contact.email
                  ? html`<dt>${t.email}</dt>
                      <dd>${f.contact.email}</dd>`
                  : nothing
              }
            </dl>`
        : nothing
    }
    ${
      f.registration?.jobseeker || f.registration?.employer
        ? html`<h3>${t.registration}</h3>
            <ul class="plain">
              ${
                f.registration.jobseeker
                  ? html`<li>
                      ${
                        jsUrl
                          ? html`<a href=${jsUrl} target="_blank" rel="noopener noreferrer"
                              >${t.registerJobseeker}</a
                            >`
                          : html`<span>${t.registerJobseeker}</span>`
                      }
                      ${f.registration.jobseeker.required ? html`<span class="muted">${t.registerRequired}</span>` : nothing}
                      ${
                        f.registration.jobseeker.method
                          ? html`<span class="muted">${f.registration.jobseeker.method}</span>`
                          : nothing
                      }
                    </li>`
                  : nothing
              }
              ${
                f.registration.employer
                  ? html`<li>
                      ${
                        emUrl
                          ? html`<a href=${emUrl} target="_blank" rel="noopener noreferrer"
                              >${t.registerEmployer}</a
                            >`
                          : html`<span>${t.registerEmployer}</span>`
                      }
                      ${
                        f.registration.employer.deadline
                          ? html`<span class="muted"
                              >${fill(t.deadline, { date: formatInstant(loc, f.registration.employer.deadline) })}</span
                            >`
                          : nothing
                      }
                      ${
                        f.registration.employer.method
                          ? html`<span class="muted">${f.registration.employer.method}</span>`
                          : nothing
                      }
                    </li>`
                  : nothing
              }
            </ul>`
        : nothing
    }
    <div class="detail-actions" role="group" aria-label=${t.actions}>
      <button type="button" class="hbrs-button" @click=${() => downloadIcs(h, f)}>${t.addToCalendar}</button>
      ${
        h.syncUrl
          ? html`<button
              type="button"
              class="hbrs-button"
              data-variant="secondary"
              @click=${() => share(h, f)}
            >
              ${t.share}
            </button>`
          : nothing
      }
    </div>
    ${
      h.shareUrl
        ? html`<p class="share" role="status">${h.shareNote}</p>
            <label class="share-field"
              >${t.shareLink}<input type="text" readonly .value=${h.shareUrl} @focus=${selectAll}
            /></label>`
        : nothing
    }
    ${
      srcUrl || f.source?.platform
        ? html`<p class="muted source">
            ${t.source}:
            ${
              srcUrl
                ? html`<a href=${srcUrl} target="_blank" rel="noopener noreferrer"
                    >${f.source?.platform ?? srcUrl}</a
                  >`
                : f.source?.platform
            }
          </p>`
        : nothing
    }
  `;
}

const selectAll = (e: Event): void => (e.target as HTMLInputElement).select();

function renderDetailWhere(h: ViewHost, f: JobFair, online?: string, live?: string): TemplateResult {
  const loc = h.locale;
  const division = h.divisionName(f.divisionCode);
  return html`<span class="mode">${labels.mode(f.mode, loc)}</span> ${
      f.mode !== 'online'
        ? html`${division ? html`<span>${division}</span>` : nothing}
          ${f.venue?.name ? html`<span>${f.venue.name}</span>` : nothing}
          ${f.venue?.address ? html`<span>${f.venue.address}</span>` : nothing}`
        : nothing
    }
    ${
      f.mode !== 'offline'
        ? html`${f.online?.platform ? html`<span>${f.online.platform}</span>` : nothing}
          ${
            online
              ? html`<a href=${online} target="_blank" rel="noopener noreferrer">${texts(h).onlineOpen}</a>`
              : nothing
          }
          ${live ? html`<a href=${live} target="_blank" rel="noopener noreferrer">${texts(h).liveStream}</a>` : nothing}`
        : nothing
    }`;
}
