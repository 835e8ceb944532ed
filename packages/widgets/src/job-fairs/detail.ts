/**
 * `<hbrs-job-fair-detail>`: the detail of a fair in <hbrs-job-fairs> (part of the views chunk, loaded on
 * demand), with its "add to calendar" and share actions.
 * @module
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { baseStyles, fill, safeUrl, type HbrsEventMap, type Locale } from '@hbrs/core';
import { EDUCATION_LEVELS, FAIR_TYPE_LABELS, ZONE_KIND_LABELS, type JobFair } from '@hbrs/sdk';
import { emitInternal } from './calendar.js';
import { fairCounts } from './fair.js';
import { formatCount, formatFairRange } from './format.js';
import { icsFileName, writeIcs } from './ics.js';
import { contentStyles } from './job-fairs.styles.js';
import { labels, listSep, pick } from './labels.js';
import { labelOf } from '../internal/labels.js';
import { joined, names, zhText as zh } from '../internal/names.js';
import { divisionName, renderStatus, type SummaryContext } from './summary.js';
import { formatInstant, formatSalary } from './views.format.js';
import { viewMessages } from './views.messages.js';
import { detailStyles } from './views.styles.js';

/** The label of an education level code (`00` = no requirement). */
function education(code: string, locale: Locale): string {
  const e = EDUCATION_LEVELS.find((l) => l.code === code);
  return e ? (locale === 'en' ? e.en : e.zh) : code;
}

/** The `.ics` text of a fair, with labels in `locale`, stamped at `now` (ms). */
export function icsFor(f: JobFair, locale: Locale, now: number): string {
  const t = viewMessages[locale];
  const venue = [f.venue?.name, f.venue?.address].filter(Boolean).join(' ');
  const online = safeUrl(f.online?.url, ['http:', 'https:']);
  const lines = [
    f.theme,
    f.description,
    f.organizers.hosts.length ? `${t.organizer}: ${f.organizers.hosts.join('、')}` : undefined,
    f.contact?.phone ? `${t.phone}: ${f.contact.phone}` : undefined,
    online ? `${t.online}: ${online}` : undefined,
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
        ...(f.campaign ? { categories: [labels.campaign(f.campaign.code, locale)] } : {}),
      },
    ],
    { now: new Date(now) },
  );
}

const selectAll = (e: Event): void => (e.target as HTMLInputElement).select();

/**
 * The detail of a fair below its heading (the dialog and its heading are `<hbrs-job-fairs>`'s): time, place,
 * organisers, zones, employers and positions, contact, registration, source, and the actions "add to
 * calendar" (an `.ics` file) and "share" (a link, when `share-link` is set). Internal: rendered by
 * `<hbrs-job-fairs>` in its dialog, which it inherits the `--_hbrs-*` tokens (theme, large text) from.
 *
 * @partOf hbrs-job-fairs
 * @tagname hbrs-job-fair-detail
 * @summary Internal: the detail body of a fair in <hbrs-job-fairs>.
 *
 * @event hbrs-fair-calendar - An `.ics` file was generated (cancelable: cancel to skip the download). `detail: { id: string; filename: string; ics: string }`.
 * @event hbrs-fair-share - The share link was copied or shown. `detail: { id: string; url: string; copied: boolean }`.
 * @event i-hbrs-announce - A message for the live region (does not bubble). `detail: { message: string }`.
 *
 * @csspart status - The status badge of the fair.
 */
export class HbrsJobFairDetail extends LitElement {
  static override styles = [baseStyles, contentStyles, detailStyles];

  /** The fair shown. */
  @property({ attribute: false }) fair: JobFair | undefined;

  /** The locale, texts, current instant (status, `.ics` stamp) and division index of <hbrs-job-fairs>. */
  @property({ attribute: false }) context!: SummaryContext;

  /** The link that opens this fair; empty: no share button (without `sync-url`). */
  @property({ attribute: 'share-link' }) shareLink = '';

  /** The link shown after "share", and what became of the copy. */
  @state() private shareUrl = '';
  @state() private shareNote = '';

  private get locale(): Locale {
    return this.context.locale;
  }

  private get now(): number {
    return this.context.now;
  }

  private get t() {
    return { ...this.context.t, ...viewMessages[this.locale] };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('fair')) this.shareUrl = this.shareNote = '';
  }

  private emit<K extends 'hbrs-fair-calendar' | 'hbrs-fair-share'>(
    name: K,
    detail: HbrsEventMap[K],
    cancelable = false,
  ): boolean {
    return this.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, cancelable, detail }));
  }

  /** Makes the `.ics` file, emits `hbrs-fair-calendar` and (unless cancelled) downloads it. */
  private readonly onCalendar = (): void => {
    const f = this.fair!;
    const ics = icsFor(f, this.locale, this.now);
    const filename = icsFileName(f.name);
    if (this.emit('hbrs-fair-calendar', { id: f.id, filename, ics }, true)) {
      const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = filename;
      a.hidden = true;
      this.renderRoot.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    }
    emitInternal(this, 'i-hbrs-announce', { message: fill(this.t.calendarSaved, { file: filename }) });
  };

  /** Copies the share link (or shows it for manual copying) and emits `hbrs-fair-share`. */
  private readonly onShare = async (): Promise<void> => {
    const f = this.fair!;
    const url = this.shareLink;
    let copied = false;
    try {
      await navigator.clipboard.writeText(url);
      copied = true;
    } catch {
      copied = false;
    }
    this.shareUrl = url;
    this.shareNote = copied ? this.t.copied : this.t.copyFailed;
    emitInternal(this, 'i-hbrs-announce', { message: this.shareNote });
    this.emit('hbrs-fair-share', { id: f.id, url, copied });
  };

  protected override render(): TemplateResult | typeof nothing {
    const f = this.fair;
    if (!f) return nothing;
    const t = this.t;
    const loc = this.locale;
    const c = fairCounts(f);
    const online = safeUrl(f.online?.url, ['http:', 'https:']);
    const live = safeUrl(f.online?.liveStreamUrl, ['http:', 'https:']);
    const digits = f.contact?.phone?.replace(/[^\d+]/g, '') ?? '';
    const phone = /^\+?\d{3,}$/.test(digits) ? safeUrl(`tel:${digits}`, ['tel:']) : undefined;
    const jsUrl = safeUrl(f.registration?.jobseeker?.url, ['http:', 'https:']);
    const emUrl = safeUrl(f.registration?.employer?.url, ['http:', 'https:']);
    const srcUrl = safeUrl(f.source?.url, ['http:', 'https:']);
    // A platform that is a code (`synthetic` for the sample data) is shown by its label; a name as it is.
    const platform = f.source?.platform && labelOf(t.platforms, f.source.platform, loc);
    const zoneName = new Map(f.zones.map((z) => [z.code, z.name]));
    const headcount = f.stats?.headcountTotal;
    return html`
      ${f.theme ? html`<p class="theme" lang="zh-CN">${f.theme}</p>` : nothing}
      <dl class="facts">
        <dt>${t.time}</dt>
        <dd>
          ${renderStatus(f, loc, this.now)}
          <time datetime=${f.startTime}>${formatFairRange(loc, f.startTime, f.endTime)}</time>
        </dd>
        <dt>${t.venue}</dt>
        <dd>${this.renderWhere(f, online, live)}</dd>
        ${
          f.venue?.transit
            ? html`<dt>${t.transit}</dt>
                <dd lang="zh-CN">${f.venue.transit}</dd>`
            : nothing
        }
        <dt>${t.organizer}</dt>
        <dd lang="zh-CN">${f.organizers.hosts.join('、')}</dd>
        ${
          f.organizers.undertakers.length
            ? html`<dt>${t.undertaker}</dt>
                <dd lang="zh-CN">${f.organizers.undertakers.join('、')}</dd>`
            : nothing
        }
        ${
          f.organizers.coOrganizers.length
            ? html`<dt>${t.coOrganizer}</dt>
                <dd lang="zh-CN">${f.organizers.coOrganizers.join('、')}</dd>`
            : nothing
        }
        ${
          f.campaign && f.campaign.code !== 'none'
            ? html`<dt>${t.campaignLabel}</dt>
                <dd>${(loc !== 'en' && f.campaign.name) || labels.campaign(f.campaign.code, loc)}</dd>`
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
                <dd>${f.targetGroups.map((g) => labels.audience(g, loc)).join(listSep(loc))}</dd>`
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
                      <strong lang="zh-CN">${z.name}</strong>
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
                    <h4 lang="zh-CN">${e.name}</h4>
                    <p class="muted">
                      ${joined(
                        [
                          e.boothNo ? fill(t.booth, { booth: e.boothNo }) : '',
                          e.zoneCode ? zh(zoneName.get(e.zoneCode)) : '',
                          e.nature ? names.term(e.nature, loc) : '',
                          zh(e.industry?.name),
                          e.scale ? names.term(e.scale, loc) : '',
                        ],
                        ' · ',
                      )}
                    </p>
                    ${
                      e.positions.length
                        ? html`<ul class="positions">
                            ${e.positions.map(
                              (p) =>
                                html`<li>
                                  <strong lang="zh-CN">${p.title}</strong>
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
                        <dd lang="zh-CN">${f.contact.name}</dd>`
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
                            ? html`<span class="muted" lang="zh-CN">${f.registration.jobseeker.method}</span>`
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
                            ? html`<span class="muted" lang="zh-CN">${f.registration.employer.method}</span>`
                            : nothing
                        }
                      </li>`
                    : nothing
                }
              </ul>`
          : nothing
      }
      <div class="detail-actions" role="group" aria-label=${t.actions}>
        <button type="button" class="hbrs-button" @click=${this.onCalendar}>${t.addToCalendar}</button>
        ${
          this.shareLink
            ? html`<button type="button" class="hbrs-button" data-variant="secondary" @click=${this.onShare}>
                ${t.share}
              </button>`
            : nothing
        }
      </div>
      ${
        this.shareUrl
          ? html`<p class="share" role="status">${this.shareNote}</p>
              <label class="share-field"
                >${t.shareLink}<input type="text" readonly .value=${this.shareUrl} @focus=${selectAll}
              /></label>`
          : nothing
      }
      ${
        srcUrl || platform
          ? html`<p class="muted source">
              ${t.source}:
              ${
                srcUrl
                  ? html`<a
                      href=${srcUrl}
                      target="_blank"
                      rel="noopener noreferrer"
                      lang=${platform && platform === f.source?.platform ? 'zh-CN' : nothing}
                      >${platform || srcUrl}</a
                    >`
                  : platform === f.source?.platform
                    ? zh(platform)
                    : platform
              }
            </p>`
          : nothing
      }
    `;
  }

  private renderWhere(f: JobFair, online?: string, live?: string): TemplateResult {
    const loc = this.locale;
    const t = this.t;
    const division = divisionName(this.context.divisions, f.divisionCode, loc);
    return html`<span class="mode">${labels.mode(f.mode, loc)}</span> ${
        f.mode !== 'online'
          ? html`${division ? html`<span>${division}</span>` : nothing}
            ${f.venue?.name ? html`<span lang="zh-CN">${f.venue.name}</span>` : nothing}
            ${f.venue?.address ? html`<span lang="zh-CN">${f.venue.address}</span>` : nothing}`
          : nothing
      }
      ${
        f.mode !== 'offline'
          ? html`${f.online?.platform ? html`<span lang="zh-CN">${f.online.platform}</span>` : nothing}
            ${
              online
                ? html`<a href=${online} target="_blank" rel="noopener noreferrer">${t.onlineOpen}</a>`
                : nothing
            }
            ${live ? html`<a href=${live} target="_blank" rel="noopener noreferrer">${t.liveStream}</a>` : nothing}`
          : nothing
      }`;
  }
}
