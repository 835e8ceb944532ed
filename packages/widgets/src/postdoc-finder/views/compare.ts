import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { fill } from '@hbrs/core';
import type { PostdocProgramme } from '@hbrs/sdk';
import type { ProgrammeMeta } from '../model.js';
import { CITIES, INDUSTRY_FIELDS, STATION_TYPES, label } from '../vocab.js';
import { PostdocView } from './view-element.js';
import { zhText as zh } from '../../internal/names.js';

/** The programme's contacts and its openings' (each once): name, phone and e-mail. */
function contactsOf(p: PostdocProgramme, sep: string): string {
  const all = [p.contact, ...p.openings.map((o) => o.contact)].map((c) =>
    [c?.name, c?.phone, c?.email].filter(Boolean).join(' · '),
  );
  return [...new Set(all.filter(Boolean))].join(sep);
}

/**
 * The pinned programmes side by side.
 *
 * @partOf hbrs-postdoc-finder
 * @tagname hbrs-postdoc-compare
 * @summary The comparison table (internal part of hbrs-postdoc-finder).
 * @event i-hbrs-pd-open - A programme's name. `detail: { id: string; from: 'cmp' }`
 * @event i-hbrs-pd-unpin - A programme's remove button. `detail: { id: string }`
 * @event i-hbrs-pd-clear - The clear button.
 * @csspart compare - The comparison table (exported by the finder).
 */
export class HbrsPostdocCompare extends PostdocView {
  /** The full programme of a compared id when the finder's data are summaries (a feed layout: no contacts). */
  @property({ attribute: false }) fullOf?: (id: string) => PostdocProgramme | undefined;

  protected override render(): TemplateResult {
    const t = this.t;
    const fmt = this.fmt;
    const prep = this.prep;
    const loc = fmt.locale;
    const now = this.now ?? Date.now();
    const items = this.compared.map((id) => ({ id, p: prep.index.get(id) }));
    const rows: Array<[string, (p: PostdocProgramme, m: ProgrammeMeta) => string | TemplateResult]> = [
      // 流动站 have a 一级学科, 工作站 and 创新实践基地 industry fields: one row each.
      [t.discipline, (p) => (p.discipline ? fmt.disciplineText(p) : '—')],
      [t.field, (p) => p.industryFields.map((f) => label(INDUSTRY_FIELDS, f, loc)).join(t.sep) || '—'],
      [t.stationType, (p) => label(STATION_TYPES, p.stationType, loc)],
      [t.city, (_p, m) => label(CITIES, m.city, loc)],
      [t.openings, (p, m) => fmt.openingsText(p, m)],
      [t.salary, (_p, m) => fmt.salaryText(m.salaryMin, m.salaryMax) ?? '—'],
      [t.deadline, (p) => fmt.deadlineText(p.openings, now) ?? '—'],
      [t.funding, (_p, m) => m.funding.map(fmt.schemeName).join(t.sep) || '—'],
      [t.contact, (p) => zh(contactsOf(this.fullOf?.(p.id) ?? p, t.sep)) || '—'],
    ];
    return html`<section class="compare" part="compare" aria-labelledby="pd-compare-title">
      <h3 id="pd-compare-title" tabindex="-1">${fill(t.compareTitle, { count: this.compared.length })}</h3>
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
                            @click=${() => this.send('i-hbrs-pd-open', { id, from: 'cmp' })}
                          >
                            <span class="hbrs-clamp" lang="zh-CN">${p.host.name}</span
                            ><span class="disc hbrs-clamp-2">${fmt.disciplineText(p)}</span>
                          </button>`
                        : id
                    }
                    <button type="button" class="unpin" @click=${() => this.send('i-hbrs-pd-unpin', { id })}>
                      ${t.compareRemove}<span class="hbrs-visually-hidden"
                        >${t.colon}${p ? html`${zh(p.host.name)} ${fmt.disciplineText(p)}` : id}</span
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
                  ${items.map(
                    ({ p }) =>
                      html`<td>
                        <span class="hbrs-clamp">${p ? value(p, prep.meta.get(p.id)!) : '—'}</span>
                      </td>`,
                  )}
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <button
        type="button"
        class="hbrs-button"
        data-variant="secondary"
        @click=${() => this.send('i-hbrs-pd-clear')}
      >
        ${t.compareClear}
      </button>
    </section>`;
  }

  /** Moves focus to the button that opens programme `id`; false when there is none. */
  focusOpener(id: string): boolean {
    const b = [...this.renderRoot.querySelectorAll<HTMLElement>('[data-cmp-open]')].find(
      (x) => x.dataset.cmpOpen === id,
    );
    b?.focus();
    return b !== undefined;
  }
}
