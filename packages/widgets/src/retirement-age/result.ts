/**
 * The result of <hbrs-retirement-age>: the key figures, the contribution track, the flexible earliest and
 * latest retirement, the timeline (an SVG with a text equivalent) and the step-by-step calculation. Templates
 * with their data and callbacks as arguments.
 * @module
 */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { fill } from '@hbrs/core';
import type { StatutoryRetirement } from '@hbrs/sdk/policy';
import type { RetirementFormat } from './format.js';
import { timelineScale, type RetirementModel } from './model.js';

/** The step-by-step calculation's state and what its buttons and keys ask for. */
export interface StepsProps {
  open: boolean;
  onToggle(): void;
  onKey(e: KeyboardEvent): void;
}

function renderPoint(fmt: RetirementFormat, p: { ageMonths: number; at: string }): TemplateResult {
  return html`${fmt.age(p.ageMonths)}${fmt.t.pointSep}<time datetime=${p.at}>${fmt.date(p.at)}</time>`;
}

/** The result: the key figures, the contribution track, the flexible bounds, the timeline and the calculation. */
export function renderResult(fmt: RetirementFormat, m: RetirementModel, steps: StepsProps): TemplateResult {
  const t = fmt.t;
  const r = m.statutory;
  const track = m.track;
  const early = m.early;
  return html`<section class="result" part="result" aria-labelledby="ra-result-title">
    <h3 id="ra-result-title">${t.resultTitle}</h3>
    <p class="for">${fill(t.resultFor, { birth: fmt.date(r.birth), category: fmt.catLabel(r.category) })}</p>
    <dl class="facts">
      <div class="fact key" data-key="age">
        <dt>${t.statutoryAge}</dt>
        <dd>${fmt.age(r.ageMonths)}</dd>
      </div>
      <div class="fact key" data-key="retire-at">
        <dt>${t.retireAt}</dt>
        <dd><time datetime=${r.retireAt}>${fmt.date(r.retireAt)}</time></dd>
      </div>
      <div class="fact" data-key="delay">
        <dt>${t.delay}</dt>
        <dd>${fmt.delayText(r)}${r.capReached ? t.delayCap : ''}</dd>
      </div>
      <div class="fact" data-key="min-contribution">
        <dt>${t.minContribution}</dt>
        <dd>
          ${fill(t.minContributionFor, {
            years: fmt.duration(r.minContribution.totalMonths),
            year: r.minContribution.year,
          })}
        </dd>
      </div>
      ${
        track
          ? html`<div class="fact" data-key="track" data-track=${track.kind}>
              <dt>${t.onTrack}</dt>
              <dd class="status status-${track.kind}">
                ${fill(
                  track.kind === 'met'
                    ? t.trackMet
                    : track.kind === 'on-track'
                      ? t.trackOnTrack
                      : t.trackShort,
                  {
                    have: fmt.duration(track.have),
                    projected: fmt.duration(track.projected),
                    min: fmt.duration(track.min),
                    short: fmt.duration(track.short),
                  },
                )}
              </dd>
            </div>`
          : nothing
      }
      ${
        r.beforeReform
          ? nothing
          : html`<div class="fact" data-key="earliest">
                <dt>${t.earliest}</dt>
                <dd>
                  ${renderPoint(fmt, r.earliest)}
                  <p class="note">
                    ${fill(t.earliestNote, { min: fmt.duration(r.earliest.minContribution.totalMonths) })}
                    ${
                      m.earliestPast
                        ? fill(m.statutoryPast ? t.earliestPastAll : t.earliestPast, { now: fmt.date(m.now) })
                        : early
                          ? fill(early.ok ? t.earliestYes : t.earliestNo, {
                              projected: fmt.duration(early.projected),
                            })
                          : nothing
                    }
                  </p>
                </dd>
              </div>
              <div class="fact" data-key="latest">
                <dt>${t.latest}</dt>
                <dd>
                  ${renderPoint(fmt, r.latest)}
                  <p class="note">${t.latestNote}</p>
                </dd>
              </div>`
      }
    </dl>
    ${r.beforeReform ? html`<p class="notice">${t.beforeReform}</p>` : nothing}
    ${r.beyondOfficialTable ? html`<p class="notice">${fill(t.beyondTable, { age: fmt.age(r.ageMonths) })}</p>` : nothing}
    ${r.beforeReform ? nothing : renderTimeline(fmt, r)} ${renderSteps(fmt, r, steps)}
    <p class="disclaimer">${t.disclaimer}</p>
  </section>`;
}

function renderTimeline(fmt: RetirementFormat, r: StatutoryRetirement): TemplateResult {
  const t = fmt.t;
  const scale = timelineScale(r);
  const original = r.originalAge.years * 12;
  const axisY = 56;
  const label = fmt.age(r.ageMonths);
  const sx = scale.x(r.ageMonths);
  const anchor = sx < 70 ? 'start' : sx > 290 ? 'end' : 'middle';
  const items: { key: string; label: string; ageMonths: number; at: string }[] = [
    { key: 'original', label: t.timelineOriginal, ageMonths: original, at: r.originalRetireAt },
    { key: 'earliest', label: t.earliest, ageMonths: r.earliest.ageMonths, at: r.earliest.at },
    { key: 'statutory', label: t.statutoryAge, ageMonths: r.ageMonths, at: r.retireAt },
    { key: 'latest', label: t.latest, ageMonths: r.latest.ageMonths, at: r.latest.at },
  ];
  const desc = items
    .map((i) => `${i.label}${t.labelSep}${fmt.age(i.ageMonths)}${t.pointSep}${fmt.date(i.at)}`)
    .join(t.listSep);
  return html`<figure class="timeline" part="timeline">
    <svg
      class="chart"
      role="img"
      aria-labelledby="ra-tl-title ra-tl-desc"
      viewBox="0 0 360 100"
      width="100%"
      focusable="false"
    >
      <title id="ra-tl-title">${t.timelineTitle}</title>
      <desc id="ra-tl-desc">${desc}</desc>
      <rect
        class="tl-band"
        x=${scale.x(r.earliest.ageMonths)}
        y=${axisY - 14}
        width=${Math.max(2, scale.x(r.latest.ageMonths) - scale.x(r.earliest.ageMonths))}
        height="28"
        rx="4"
      ></rect>
      <line class="tl-axis" x1="8" x2="352" y1=${axisY} y2=${axisY}></line>
      ${scale.ticks.map(
        (k) => svg`<line class="tl-tick" x1=${k.x} x2=${k.x} y1=${axisY + 14} y2=${axisY + 22}></line>
          <text class="tl-tick-label" x=${k.x} y=${axisY + 38} text-anchor="middle" font-size="15">${k.years}</text>`,
      )}
      <line
        class="tl-original"
        x1=${scale.x(original)}
        x2=${scale.x(original)}
        y1=${axisY - 26}
        y2=${axisY + 14}
      ></line>
      ${marker('earliest', scale.x(r.earliest.ageMonths), axisY)}
      ${marker('latest', scale.x(r.latest.ageMonths), axisY)}
      <line class="tl-statutory-line" x1=${sx} x2=${sx} y1=${axisY - 30} y2=${axisY}></line>
      ${marker('statutory', sx, axisY)}
      <text class="tl-label" x=${sx} y=${axisY - 38} text-anchor=${anchor} font-size="17" font-weight="700">
        ${label}
      </text>
    </svg>
    <figcaption>
      <ol class="legend">
        ${items.map(
          (i) =>
            html`<li data-key=${i.key}>
              <svg
                class="swatch"
                viewBox="0 0 24 24"
                width="20"
                height="20"
                aria-hidden="true"
                focusable="false"
              >
                ${
                  i.key === 'original'
                    ? svg`<line class="tl-original" x1="12" x2="12" y1="2" y2="22"></line>`
                    : marker(i.key as 'earliest' | 'statutory' | 'latest', 12, 12)
                }
              </svg>
              <span class="legend-label">${i.label}</span>
              <span class="legend-value">${renderPoint(fmt, i)}</span>
            </li>`,
        )}
      </ol>
    </figcaption>
  </figure>`;
}

function marker(key: 'earliest' | 'statutory' | 'latest', x: number, y: number): SVGTemplateResult {
  if (key === 'statutory') return svg`<circle class="tl-statutory" cx=${x} cy=${y} r="10"></circle>`;
  // Earliest: a triangle pointing right; latest: pointing left (they face into the flexible band).
  const d =
    key === 'earliest'
      ? `M${x - 8} ${y - 9} L${x + 6} ${y} L${x - 8} ${y + 9} Z`
      : `M${x + 8} ${y - 9} L${x - 6} ${y} L${x + 8} ${y + 9} Z`;
  return svg`<path class="tl-${key}" d=${d}></path>`;
}

function renderSteps(fmt: RetirementFormat, r: StatutoryRetirement, o: StepsProps): TemplateResult {
  const t = fmt.t;
  return html`<div class="steps-wrap">
    <button
      type="button"
      id="ra-steps-toggle"
      class="hbrs-button steps-toggle"
      data-variant="secondary"
      aria-expanded=${o.open ? 'true' : 'false'}
      aria-controls="ra-steps"
      @click=${o.onToggle}
    >
      ${t.stepsToggle}
    </button>
    <section
      id="ra-steps"
      class="steps"
      part="steps"
      aria-labelledby="ra-steps-title"
      ?hidden=${!o.open}
      @keydown=${o.onKey}
    >
      <h4 id="ra-steps-title" tabindex="-1">${t.stepsTitle}</h4>
      <ol>
        ${r.steps
          .filter((s) => !r.beforeReform || (s.key !== 'earliest' && s.key !== 'latest'))
          .map((s) => html`<li data-key=${s.key}>${fmt.locale === 'en' ? s.en : s.zh}</li>`)}
      </ol>
      <button type="button" class="hbrs-button steps-close" data-variant="secondary" @click=${o.onToggle}>
        ${t.stepsClose}
      </button>
    </section>
  </div>`;
}
