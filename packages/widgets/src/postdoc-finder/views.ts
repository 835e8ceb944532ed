/**
 * The finder's secondary views, the programme detail and the comparison table, loaded on demand (a separate
 * chunk in the CDN build) so the search and the results render without them.
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import { fill, safeUrl, type Locale } from '@hbrs/core';
import { parseDateBound, type PostdocOpening, type PostdocProgramme } from '@hbrs/sdk';
import type { Prepared, ProgrammeMeta } from './model.js';
import type { PostdocFinderMessages } from './postdoc-finder.js';
import { POSTDOC_SUPPORT_SCHEMES, schemesFor, type PostdocSupportScheme } from './schemes.js';
import { viewMessages, type ViewMessages } from './views.messages.js';
import { CITIES, INDUSTRY_FIELDS, STATION_TYPES, label, money } from './vocab.js';

export { POSTDOC_SUPPORT_SCHEMES };
export { viewStyles } from './views.styles.js';

/** What the views need from the element: texts, data, formatting helpers and actions. */
export interface ViewContext {
  readonly t: PostdocFinderMessages;
  readonly locale: Locale;
  readonly prep: Prepared;
  readonly compared: readonly string[];
  /** The schemes to show (the built-in list when the element's `schemes` is unset). */
  readonly schemes: readonly PostdocSupportScheme[];
  disciplineText(p: PostdocProgramme): string;
  schemeName(id: string): string;
  paren(x: string): string;
  date(d: string): string;
  salaryText(min: number | undefined, max: number | undefined): string | undefined;
  deadlineText(openings: readonly PostdocOpening[], now: number): string | undefined;
  openingsText(p: PostdocProgramme, m: ProgrammeMeta): string;
  openDetail(id: string, from?: 'card' | 'cmp'): void;
  closeDetail(): void;
  togglePin(id: string): void;
  unpin(id: string): void;
  clearCompare(): void;
}

type Texts = PostdocFinderMessages & ViewMessages;
const merged = new WeakMap<PostdocFinderMessages, Partial<Record<Locale, Texts>>>();

/**
 * The element's texts plus the views' own, in the element's locale (keyed by both: while the English texts
 * load, an English element still gets the Chinese ones from the element).
 */
function texts(ctx: ViewContext): Texts {
  let byLocale = merged.get(ctx.t);
  if (!byLocale) merged.set(ctx.t, (byLocale = {}));
  return (byLocale[ctx.locale] ??= { ...ctx.t, ...viewMessages[ctx.locale] });
}

/** The detail of programme `id` (or a not-found message), with a way back to the results. */
export function renderDetail(ctx: ViewContext, id: string): TemplateResult {
  const t = texts(ctx);
  const prep = ctx.prep;
  const p = prep.index.get(id);
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      ctx.closeDetail();
    }
  };
  const back = html`<button
    type="button"
    class="hbrs-button back"
    data-variant="secondary"
    @click=${ctx.closeDetail}
  >
    <span aria-hidden="true">←</span> ${t.back}
  </button>`;
  if (!p) {
    return html`<section class="detail" part="detail" aria-labelledby="pd-detail-title" @keydown=${onKey}>
      ${back}
      <h3 id="pd-detail-title" tabindex="-1">${t.notFound}</h3>
    </section>`;
  }
  const m = prep.meta.get(p.id)!;
  const loc = ctx.locale;
  const website = safeUrl(p.host.website, ['http:', 'https:']);
  const others = (prep.byHost.get(p.host.name) ?? []).filter((x) => x.id !== p.id);
  const named = p.openings.flatMap((o) => o.fundingSchemes);
  const schemes = schemesFor(ctx.schemes, { stationType: p.stationType, city: m.city, named });
  const pinned = ctx.compared.includes(p.id);
  const disc = ctx.disciplineText(p);
  return html`<section class="detail" part="detail" aria-labelledby="pd-detail-title" @keydown=${onKey}>
    ${back}
    <h3 id="pd-detail-title" tabindex="-1">
      <span class="host">${p.host.name}</span>${disc ? html` <span class="disc">${disc}</span>` : nothing}
    </h3>
    <button
      type="button"
      class="pin"
      aria-pressed=${pinned ? 'true' : 'false'}
      @click=${() => ctx.togglePin(p.id)}
    >
      ${t.compare}<span class="hbrs-visually-hidden">${t.colon}${p.host.name} ${disc}</span>
    </button>
    <dl class="props">
      <div>
        <dt>${t.stationType}</dt>
        <dd>${label(STATION_TYPES, p.stationType, loc)}</dd>
      </div>
      <div>
        <dt>${t.level}</dt>
        <dd>${p.level === 'provincial' ? t.levelProvincial : t.levelNational}</dd>
      </div>
      <div>
        <dt>${t.city}</dt>
        <dd>${label(CITIES, m.city, loc)}</dd>
      </div>
      ${
        p.approvalYear
          ? html`<div>
              <dt>${t.approvalYear}</dt>
              <dd>${p.approvalYear}</dd>
            </div>`
          : nothing
      }
      ${
        p.inStationCount !== undefined
          ? html`<div>
              <dt>${t.inStation}</dt>
              <dd>${fill(t.persons, { n: p.inStationCount })}</dd>
            </div>`
          : nothing
      }
      ${
        p.industryFields.length
          ? html`<div>
              <dt>${t.field}</dt>
              <dd>${p.industryFields.map((f) => label(INDUSTRY_FIELDS, f, loc)).join(t.sep)}</dd>
            </div>`
          : nothing
      }
      ${
        website
          ? html`<div>
              <dt>${t.website}</dt>
              <dd><a href=${website}>${p.host.website}</a></dd>
            </div>`
          : nothing
      }
      ${renderContact(ctx, p.contact)}
    </dl>
    <h4>${t.openings}${ctx.paren(String(p.openings.length))}</h4>
    ${
      p.openings.length
        ? html`<ul class="openings">
            ${p.openings.map((o) => renderOpening(ctx, o))}
          </ul>`
        : html`<p>${t.noOpenings}</p>`
    }
    <h4>${t.otherProgrammes}</h4>
    ${
      others.length
        ? html`<ul class="others">
            ${others.map(
              (x) =>
                html`<li>
                  <button type="button" class="linklike" @click=${() => ctx.openDetail(x.id)}>
                    ${ctx.disciplineText(x) || label(STATION_TYPES, x.stationType, loc)}
                  </button>
                  <span class="muted">· ${label(STATION_TYPES, x.stationType, loc)}</span>
                </li>`,
            )}
          </ul>`
        : html`<p class="muted">${t.noOtherProgrammes}</p>`
    }
    <h4>${t.schemes}</h4>
    <p class="muted">${t.schemesNote}</p>
    <ul class="schemes">
      ${schemes.map(({ scheme, named: isNamed }) => {
        const url = safeUrl(scheme.source.url, ['http:', 'https:']);
        const src = scheme.source.title[loc];
        return html`<li>
          <p class="scheme-name">
            <strong>${scheme.name[loc]}</strong
            >${isNamed ? html` <span class="tag">${t.schemeNamed}</span>` : nothing}
          </p>
          <p>${scheme.summary[loc]}</p>
          <p class="muted">
            ${t.schemeIssuer}${t.colon}${scheme.issuer[loc]} ·
            ${t.schemeSource}${t.colon}${url ? html`<a href=${url}>${src}</a>` : src}
          </p>
        </li>`;
      })}
    </ul>
  </section>`;
}

function renderContact(ctx: ViewContext, c: PostdocProgramme['contact']): TemplateResult | typeof nothing {
  if (!c || (!c.name && !c.phone && !c.email)) return nothing;
  const t = texts(ctx);
  // Only something that looks like a phone number becomes a tel: link.
  const tel =
    c.phone && /^\+?[\d\s()-]{3,30}$/.test(c.phone)
      ? safeUrl(`tel:${c.phone.replace(/[^\d+]/g, '')}`, ['tel:'])
      : undefined;
  return html`<div>
    <dt>${t.contact}</dt>
    <dd>
      ${c.name ? html`<span>${c.name}</span>` : nothing}
      ${
        c.phone
          ? html`<span>${t.phone}${t.colon}${tel ? html`<a href=${tel}>${c.phone}</a>` : c.phone}</span>`
          : nothing
      }
      ${c.email ? html`<span>${t.email}${t.colon}${c.email}</span>` : nothing}
    </dd>
  </div>`;
}

function renderOpening(ctx: ViewContext, o: PostdocOpening): TemplateResult {
  const t = texts(ctx);
  const e = o.eligibility;
  const c = o.compensation;
  const reqs = [
    e.maxAge !== undefined ? fill(t.maxAge, { n: e.maxAge }) : '',
    e.phdWithinYears !== undefined ? fill(t.phdWithin, { n: e.phdWithinYears }) : '',
    e.fullTime ? t.fullTime : '',
    e.overseasPhdWelcome ? t.overseasWelcome : '',
    o.termYears !== undefined ? fill(t.term, { n: o.termYears }) : '',
    e.other ?? '',
  ].filter(Boolean);
  const salary = ctx.salaryText(c.annualSalaryMin, c.annualSalaryMax);
  const link = safeUrl(o.source?.url, ['http:', 'https:']);
  const deadline = o.deadline
    ? `${ctx.date(o.deadline)}${(parseDateBound(o.deadline, true) ?? 0) < Date.now() ? ctx.paren(t.closed) : ''}`
    : o.rolling
      ? t.rolling
      : undefined;
  return html`<li class="opening">
    <h5>${o.title}</h5>
    ${o.programme ? html`<p class="tag">${o.programme}</p>` : nothing}
    <dl class="props">
      ${
        deadline
          ? html`<div>
              <dt>${t.deadline}</dt>
              <dd>${deadline}</dd>
            </div>`
          : nothing
      }
      <div>
        <dt>${t.published}</dt>
        <dd>${ctx.date(o.publishDate)}</dd>
      </div>
      <div>
        <dt>${t.directions}</dt>
        <dd>
          <ul class="plain">
            ${o.directions.map(
              (d) =>
                html`<li>
                  ${d.name}${d.disciplineCode ? ctx.paren(d.disciplineCode) : ''}${
                    d.headcount !== undefined ? ` · ${fill(t.headcount, { n: d.headcount })}` : ''
                  }
                  ${
                    d.supervisor?.name
                      ? html`<br /><span class="muted"
                            >${t.supervisor}${t.colon}${d.supervisor.name}${d.supervisor.title ? ` ${d.supervisor.title}` : ''}${
                              d.supervisor.honours.length ? ctx.paren(d.supervisor.honours.join(t.sep)) : ''
                            }</span
                          >`
                      : nothing
                  }
                </li>`,
            )}
          </ul>
        </dd>
      </div>
      ${
        reqs.length
          ? html`<div>
              <dt>${t.requirements}</dt>
              <dd>${reqs.join(texts(ctx).semi)}</dd>
            </div>`
          : nothing
      }
      ${
        salary || c.housing || c.insurance || c.researchFunds !== undefined || c.childrenSchooling || c.text
          ? html`<div>
              <dt>${t.pay}</dt>
              <dd>
                ${[
                  salary ? `${t.salary} ${salary}` : '',
                  c.researchFunds !== undefined
                    ? `${t.researchFunds} ${money(ctx.locale, c.researchFunds)}`
                    : '',
                  c.housing ? `${t.housing}${t.colon}${c.housing}` : '',
                  c.insurance ? `${t.insurance}${t.colon}${c.insurance}` : '',
                  c.childrenSchooling ? t.childrenSchooling : '',
                  c.text ?? '',
                ]
                  .filter(Boolean)
                  .join(texts(ctx).semi)}
              </dd>
            </div>`
          : nothing
      }
      ${
        o.fundingSchemes.length
          ? html`<div>
              <dt>${t.funding}</dt>
              <dd>${o.fundingSchemes.map(ctx.schemeName).join(t.sep)}</dd>
            </div>`
          : nothing
      }
      ${
        o.materials.length
          ? html`<div>
              <dt>${t.materials}</dt>
              <dd>${o.materials.join(texts(ctx).semi)}</dd>
            </div>`
          : nothing
      }
      ${
        o.applyMethod
          ? html`<div>
              <dt>${t.howToApply}</dt>
              <dd>${o.applyMethod}</dd>
            </div>`
          : nothing
      }
      ${renderContact(ctx, o.contact)}
    </dl>
    ${
      link
        ? html`<p>
            <a href=${link}>${t.sourceLink}<span class="hbrs-visually-hidden">${t.colon}${o.title}</span></a>
          </p>`
        : nothing
    }
  </li>`;
}

/** The comparison of the pinned programmes, side by side. */
export function renderCompare(ctx: ViewContext): TemplateResult {
  const t = texts(ctx);
  const prep = ctx.prep;
  const loc = ctx.locale;
  const now = Date.now();
  const items = ctx.compared.map((id) => ({ id, p: prep.index.get(id) }));
  const rows: Array<[string, (p: PostdocProgramme, m: ProgrammeMeta) => string]> = [
    [t.discipline, (p) => ctx.disciplineText(p) || '—'],
    [t.stationType, (p) => label(STATION_TYPES, p.stationType, loc)],
    [t.city, (_p, m) => label(CITIES, m.city, loc)],
    [t.openings, (p, m) => ctx.openingsText(p, m)],
    [t.salary, (_p, m) => ctx.salaryText(m.salaryMin, m.salaryMax) ?? '—'],
    [t.deadline, (p) => ctx.deadlineText(p.openings, now) ?? '—'],
    [t.funding, (_p, m) => m.funding.map(ctx.schemeName).join(t.sep) || '—'],
    [t.contact, (p) => [p.contact?.name, p.contact?.phone].filter(Boolean).join(' ') || '—'],
  ];
  return html`<section class="compare" part="compare" aria-labelledby="pd-compare-title">
    <h3 id="pd-compare-title" tabindex="-1">${fill(t.compareTitle, { n: ctx.compared.length })}</h3>
    <div class="table-wrap" role="region" aria-label=${t.compareTable} tabindex="0">
      <table>
        <thead>
          <tr>
            <th scope="col">${t.compareItem}</th>
            ${items.map(
              ({ id, p }) =>
                html`<th scope="col">
                  ${
                    p
                      ? html`<button
                          type="button"
                          class="linklike"
                          data-cmp-open=${id}
                          @click=${() => ctx.openDetail(id, 'cmp')}
                        >
                          ${p.host.name}<span class="disc">${ctx.disciplineText(p)}</span>
                        </button>`
                      : id
                  }
                  <button type="button" class="unpin" @click=${() => ctx.unpin(id)}>
                    ${t.compareRemove}<span class="hbrs-visually-hidden"
                      >${t.colon}${p ? `${p.host.name} ${ctx.disciplineText(p)}` : id}</span
                    >
                  </button>
                </th>`,
            )}
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            ([name, value]) =>
              html`<tr>
                <th scope="row">${name}</th>
                ${items.map(({ p }) => html`<td>${p ? value(p, prep.meta.get(p.id)!) : '—'}</td>`)}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    <button type="button" class="hbrs-button" data-variant="secondary" @click=${ctx.clearCompare}>
      ${t.compareClear}
    </button>
  </section>`;
}
