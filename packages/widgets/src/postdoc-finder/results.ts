/**
 * The finder's result list: the count, one card per programme (open, pin for comparison) and "show more";
 * a template with its data and callbacks as arguments.
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import { fill } from '@hbrs/core';
import type { PostdocProgramme } from '@hbrs/sdk';
import type { PostdocFormat } from './format.js';
import type { Prepared } from './model.js';
import { CITIES, STATION_TYPES, label } from './vocab.js';

/** What the list shows and what it can ask for. */
export interface ResultsProps {
  fmt: PostdocFormat;
  prep: Prepared;
  results: readonly PostdocProgramme[];
  compared: readonly string[];
  /** How many cards to show. */
  shown: number;
  /** The finder's clock (ms): deadlines before it are past. */
  now: number;
  onOpen(id: string): void;
  onPin(id: string): void;
  /** "Show more" under `from` cards. */
  onMore(from: number): void;
}

function renderCard(o: ResultsProps, p: PostdocProgramme, now: number): TemplateResult {
  const { fmt } = o;
  const { t, locale } = fmt;
  const m = o.prep.meta.get(p.id)!;
  const pinned = o.compared.includes(p.id);
  const salary = fmt.salaryText(m.salaryMin, m.salaryMax);
  const deadline = fmt.deadlineText(p.openings, now);
  const disc = fmt.disciplineText(p);
  return html`<li class="card" part="card">
    <h3 class="card-title">
      <button type="button" class="open" data-open=${p.id} @click=${() => o.onOpen(p.id)}>
        <span class="host hbrs-clamp" lang="zh-CN">${p.host.name}</span>
        ${disc ? html`<span class="disc hbrs-clamp-2">${disc}</span>` : nothing}
      </button>
    </h3>
    <p class="sub">${label(STATION_TYPES, p.stationType, locale)} · ${label(CITIES, m.city, locale)}</p>
    <ul class="facts">
      <li class="hbrs-clamp-2">${fmt.openingsText(p, m)}</li>
      ${salary ? html`<li>${t.salary}${t.colon}${salary}</li>` : nothing}
      ${deadline ? html`<li>${t.deadline}${t.colon}${deadline}</li>` : nothing}
      ${
        m.funding.length
          ? html`<li class="hbrs-clamp-2">
              ${t.funding}${t.colon}${m.funding.slice(0, 2).map(fmt.schemeName).join(t.sep)}${m.funding.length > 2 ? '…' : ''}
            </li>`
          : nothing
      }
    </ul>
    <button type="button" class="pin" aria-pressed=${pinned ? 'true' : 'false'} @click=${() => o.onPin(p.id)}>
      ${t.compare}<span class="hbrs-visually-hidden"
        >${t.colon}<span lang="zh-CN">${p.host.name}</span> ${disc}</span
      >
    </button>
  </li>`;
}

/** The count, the first `shown` cards and a "show more" button for the rest. */
export function renderResults(o: ResultsProps): TemplateResult {
  const t = o.fmt.t;
  const now = o.now;
  const visible = o.results.slice(0, o.shown);
  const left = o.results.length - visible.length;
  return html`<div class="results" part="results">
    <p class="count" part="count" id="pd-count">${fill(t.resultCount, { count: o.results.length })}</p>
    <ul class="cards" aria-labelledby="pd-count">
      ${visible.map((p) => renderCard(o, p, now))}
    </ul>
    ${
      left > 0
        ? html`<button
            type="button"
            class="hbrs-button more"
            data-variant="secondary"
            part="show-more"
            @click=${() => o.onMore(visible.length)}
          >
            ${fill(t.showMore, { count: left })}
          </button>`
        : nothing
    }
  </div>`;
}
