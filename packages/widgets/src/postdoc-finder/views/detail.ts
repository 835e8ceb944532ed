import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { fill, safeUrl } from '@hbrs/core';
import { parseDateBound, type PostdocOpening, type PostdocProgramme } from '@hbrs/sdk';
import { schemesFor } from '../schemes.js';
import { CITIES, INDUSTRY_FIELDS, STATION_TYPES, label, money } from '../vocab.js';
import { PostdocView } from './view-element.js';
import { joined, zhText as zh } from '../../internal/names.js';

/** One term and its description in a `<dl>`. */
const prop = (name: string, value: unknown): TemplateResult =>
  html`<div>
    <dt>${name}</dt>
    <dd>${value}</dd>
  </div>`;

/**
 * A programme's detail (or a not-found message) with a way back to the results: its facts, its openings
 * (directions, supervisors, requirements, pay, deadline, how to apply), the host's other programmes and
 * the support schemes that apply.
 *
 * @partOf hbrs-postdoc-finder
 * @tagname hbrs-postdoc-detail
 * @summary A programme's detail (internal part of hbrs-postdoc-finder).
 * @event i-hbrs-pd-close - Back or Escape: the person leaves the detail.
 * @event i-hbrs-pd-pin - The compare button. `detail: { id: string }`
 * @event i-hbrs-pd-open - One of the host's other programmes. `detail: { id: string }`
 * @csspart detail - The programme detail (exported by the finder).
 */
export class HbrsPostdocDetail extends PostdocView {
  /** Id of the programme shown. */
  @property({ attribute: false }) programme = '';

  /** The full programme when the finder's data are summaries (a feed layout); else it is read from `prep`. */
  @property({ attribute: false }) full?: PostdocProgramme;

  protected override render(): TemplateResult {
    const t = this.t;
    const fmt = this.fmt;
    const prep = this.prep;
    const p = this.full ?? prep.index.get(this.programme);
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        this.send('i-hbrs-pd-close');
      }
    };
    const back = html`<button
      type="button"
      class="hbrs-button back"
      data-variant="secondary"
      @click=${() => this.send('i-hbrs-pd-close')}
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
    const loc = fmt.locale;
    const website = safeUrl(p.host.website, ['http:', 'https:']);
    const others = (prep.byHost.get(p.host.name) ?? []).filter((x) => x.id !== p.id);
    const named = p.openings.flatMap((o) => o.fundingSchemes);
    const schemes = schemesFor(fmt.schemes, { stationType: p.stationType, city: m.city, named });
    const pinned = this.compared.includes(p.id);
    const disc = fmt.disciplineText(p);
    return html`<section class="detail" part="detail" aria-labelledby="pd-detail-title" @keydown=${onKey}>
      ${back}
      <h3 id="pd-detail-title" tabindex="-1">
        <span class="host" lang="zh-CN">${p.host.name}</span
        >${disc ? html` <span class="disc">${disc}</span>` : nothing}
      </h3>
      <button
        type="button"
        class="pin"
        aria-pressed=${pinned ? 'true' : 'false'}
        @click=${() => this.send('i-hbrs-pd-pin', { id: p.id })}
      >
        ${t.compare}<span class="hbrs-visually-hidden">${t.colon}${zh(p.host.name)} ${disc}</span>
      </button>
      <dl class="props">
        ${prop(t.stationType, label(STATION_TYPES, p.stationType, loc))}
        ${prop(t.level, p.level === 'provincial' ? t.levelProvincial : t.levelNational)}
        ${prop(t.city, label(CITIES, m.city, loc))}
        ${p.approvalYear ? prop(t.approvalYear, p.approvalYear) : nothing}
        ${p.inStationCount !== undefined ? prop(t.inStation, fill(t.persons, { count: p.inStationCount })) : nothing}
        ${p.industryFields.length ? prop(t.field, p.industryFields.map((f) => label(INDUSTRY_FIELDS, f, loc)).join(t.sep)) : nothing}
        ${website ? prop(t.website, html`<a href=${website}>${p.host.website}</a>`) : nothing}
        ${this.renderContact(p.contact)}
      </dl>
      <h4>${t.openings}${fmt.paren(String(p.openings.length))}</h4>
      ${
        p.openings.length
          ? html`<ul class="openings">
              ${p.openings.map((o) => this.renderOpening(o))}
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
                    <button
                      type="button"
                      class="linklike"
                      @click=${() => this.send('i-hbrs-pd-open', { id: x.id })}
                    >
                      ${fmt.disciplineText(x) || label(STATION_TYPES, x.stationType, loc)}
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

  private renderContact(c: PostdocProgramme['contact']): TemplateResult | typeof nothing {
    if (!c || (!c.name && !c.phone && !c.email)) return nothing;
    const t = this.t;
    // Only something that looks like a phone number becomes a tel: link.
    const tel =
      c.phone && /^\+?[\d\s()-]{3,30}$/.test(c.phone)
        ? safeUrl(`tel:${c.phone.replace(/[^\d+]/g, '')}`, ['tel:'])
        : undefined;
    return html`<div>
      <dt>${t.contact}</dt>
      <dd>
        ${c.name ? html`<span lang="zh-CN">${c.name}</span>` : nothing}
        ${
          c.phone
            ? html`<span>${t.phone}${t.colon}${tel ? html`<a href=${tel}>${c.phone}</a>` : c.phone}</span>`
            : nothing
        }
        ${c.email ? html`<span>${t.email}${t.colon}${c.email}</span>` : nothing}
      </dd>
    </div>`;
  }

  private renderOpening(o: PostdocOpening): TemplateResult {
    const t = this.t;
    const fmt = this.fmt;
    const e = o.eligibility;
    const c = o.compensation;
    const reqs = [
      e.maxAge !== undefined ? fill(t.maxAge, { count: e.maxAge }) : '',
      e.phdWithinYears !== undefined ? fill(t.phdWithin, { count: e.phdWithinYears }) : '',
      e.fullTime ? t.fullTime : '',
      e.overseasPhdWelcome ? t.overseasWelcome : '',
      o.termYears !== undefined ? fill(t.term, { count: o.termYears }) : '',
      zh(e.other),
    ].filter(Boolean);
    const salary = fmt.salaryText(c.annualSalaryMin, c.annualSalaryMax);
    const link = safeUrl(o.source?.url, ['http:', 'https:']);
    const deadline = o.deadline
      ? `${fmt.date(o.deadline)}${(parseDateBound(o.deadline, true) ?? 0) < (this.now ?? Date.now()) ? fmt.paren(t.closed) : ''}`
      : o.rolling
        ? t.rolling
        : undefined;
    return html`<li class="opening">
      <h5 lang="zh-CN">${o.title}</h5>
      ${o.programme ? html`<p class="tag" lang="zh-CN">${o.programme}</p>` : nothing}
      <dl class="props">
        ${deadline ? prop(t.deadline, deadline) : nothing} ${prop(t.published, fmt.date(o.publishDate))}
        <div>
          <dt>${t.directions}</dt>
          <dd>
            <ul class="plain">
              ${o.directions.map(
                (d) =>
                  html`<li>
                    ${zh(d.name)}${d.disciplineCode ? fmt.paren(d.disciplineCode) : ''}${
                      d.headcount !== undefined ? ` · ${fill(t.headcount, { count: d.headcount })}` : ''
                    }
                    ${
                      d.supervisor?.name
                        ? html`<br /><span class="muted"
                              >${t.supervisor}${t.colon}<span lang="zh-CN"
                                >${d.supervisor.name}${d.supervisor.title ? ` ${d.supervisor.title}` : ''}${
                                  d.supervisor.honours.length
                                    ? fmt.paren(d.supervisor.honours.join(t.sep))
                                    : ''
                                }</span
                              ></span
                            >`
                        : nothing
                    }
                  </li>`,
              )}
            </ul>
          </dd>
        </div>
        ${reqs.length ? prop(t.requirements, joined(reqs, t.semi)) : nothing}
        ${
          salary || c.housing || c.insurance || c.researchFunds !== undefined || c.childrenSchooling || c.text
            ? html`<div>
                <dt>${t.pay}</dt>
                <dd>
                  ${joined(
                    [
                      salary ? `${t.salary} ${salary}` : '',
                      c.researchFunds !== undefined
                        ? `${t.researchFunds} ${money(fmt.locale, c.researchFunds)}`
                        : '',
                      c.housing ? html`${t.housing}${t.colon}${zh(c.housing)}` : '',
                      c.insurance ? html`${t.insurance}${t.colon}${zh(c.insurance)}` : '',
                      c.childrenSchooling ? t.childrenSchooling : '',
                      zh(c.text),
                    ],
                    t.semi,
                  )}
                </dd>
              </div>`
            : nothing
        }
        ${o.fundingSchemes.length ? prop(t.funding, o.fundingSchemes.map(fmt.schemeName).join(t.sep)) : nothing}
        ${o.materials.length ? prop(t.materials, zh(o.materials.join(t.semi))) : nothing}
        ${o.applyMethod ? prop(t.howToApply, zh(o.applyMethod)) : nothing} ${this.renderContact(o.contact)}
      </dl>
      ${
        link
          ? html`<p>
              <a href=${link}
                >${t.sourceLink}<span class="hbrs-visually-hidden">${t.colon}${zh(o.title)}</span></a
              >
            </p>`
          : nothing
      }
    </li>`;
  }
}
