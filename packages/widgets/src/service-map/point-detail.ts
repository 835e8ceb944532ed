import { html, nothing, type TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import { HbrsElement, fill, safeUrl } from '@hbrs/core';
import {
  HOLIDAY_RULE_LABELS,
  SERVICE_LABELS,
  WEEKDAY_LABELS,
  mapAppLinks,
  toShanghaiTime,
  type LocatedServicePoint,
} from '@hbrs/sdk';
import { labelOf, pickLabel } from '../internal/labels.js';
import { telOf, weekOf } from './hours.js';
import { pointDetailStyles, sharedStyles } from './parts.styles.js';
import { bankName, distanceText, messages, openAt } from './texts.js';
import type { ServiceMapMessages } from './locales/zh-CN.js';

/** Tag of the point detail inside <hbrs-service-map>. */
export const POINT_DETAIL_TAG = 'hbrs-service-point-detail';

/**
 * The detail of one service point inside `<hbrs-service-map>`: name, open now, bank, address (with
 * copy), distance, phone, the week's hours with today marked, services, facilities and links to the
 * map apps. Everything comes in as properties; what the user does goes out as events. Themed by the
 * same tokens as the map (`theme`, `large-text` and `lang` are passed down).
 *
 * @partOf hbrs-service-map
 * @tagname hbrs-service-point-detail
 * @summary Detail of a service point (internal part of hbrs-service-map).
 *
 * @event i-hbrs-detail-close - "Back" or Escape: the user leaves the detail.
 * @event i-hbrs-announce - Something to say in the map's live region. `detail: { message: string }`.
 */
export class HbrsServicePointDetail extends HbrsElement {
  static override styles = [...HbrsElement.styles, sharedStyles, pointDetailStyles];

  /** The point with its distance from the reference point; `undefined` when the id matched nothing. */
  @property({ attribute: false }) located?: LocatedServicePoint | undefined;

  /** The instant for "open now" and today's row; `undefined` for an invalid clock (nothing open). */
  @property({ attribute: false }) at?: Date | undefined;

  @query('#sm-detail-title') private heading?: HTMLElement | null;

  private get t(): ServiceMapMessages {
    return messages(this.locale);
  }

  /** Moves focus to the heading (once rendered). */
  async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.heading?.focus();
  }

  private close = (): void => {
    this.dispatchEvent(new CustomEvent('i-hbrs-detail-close'));
  };

  private onKey = (e: KeyboardEvent): void => {
    if (e.key === 'Escape') {
      e.preventDefault();
      this.close();
    }
  };

  private copyAddress = async (): Promise<void> => {
    const address = this.located?.point.address;
    if (address === undefined) return;
    let message = this.t.copied;
    try {
      await navigator.clipboard.writeText(address);
    } catch {
      message = this.t.copyFailed;
    }
    this.dispatchEvent(new CustomEvent('i-hbrs-announce', { detail: { message } }));
  };

  protected override render(): TemplateResult {
    const t = this.t;
    const located = this.located;
    if (!located) {
      return html`<div class="sm-detail" @keydown=${this.onKey}>
        <h3 id="sm-detail-title" tabindex="-1">${t.notFound}</h3>
        <button type="button" class="hbrs-button" @click=${this.close}>${t.back}</button>
      </div>`;
    }
    const at = this.at;
    const today = at && toShanghaiTime(at).weekday;
    const { point: p, distanceKm: km } = located;
    const open = openAt(p, at);
    const tel = telOf(p.phone);
    const telHref = tel ? safeUrl(tel) : undefined;
    const links = mapAppLinks(located, { name: p.name, address: p.address });
    const f = p.facilities ?? {};
    const facilities = [
      f.accessible && t.facilityAccessible,
      f.elderlyFriendly && t.facilityElderly,
      f.selfServiceKiosk && t.facilityKiosk,
      f.instantCardMachine && t.facilityInstant,
      f.homeVisit && t.facilityHomeVisit,
    ].filter((x): x is string => Boolean(x));
    return html`<article class="sm-detail" aria-labelledby="sm-detail-title" @keydown=${this.onKey}>
      <button type="button" class="hbrs-button sm-back" data-variant="secondary" @click=${this.close}>
        <span aria-hidden="true">←</span> ${t.back}
      </button>
      <h3 id="sm-detail-title" tabindex="-1" lang="zh-CN">${p.name}</h3>
      <p class="sm-status">
        <span class=${open ? 'sm-open' : 'sm-closed'}>${open ? t.open : t.closed}</span>
      </p>
      <dl class="sm-facts">
        <dt>${t.bank}</dt>
        <dd>${bankName(p, this.locale)}</dd>
        <dt>${t.address}</dt>
        <dd>
          <span class="sm-address" lang="zh-CN">${p.address}</span>
          <button
            type="button"
            class="hbrs-button sm-copy"
            data-variant="secondary"
            @click=${this.copyAddress}
          >
            ${t.copyAddress}
          </button>
        </dd>
        ${
          km === undefined
            ? nothing
            : html`<dt>${t.distanceLabel}</dt>
                <dd>${fill(t.distance, { distance: distanceText(km, this.locale) })}</dd>`
        }
        ${
          p.phone
            ? html`<dt>${t.phone}</dt>
                <dd>${telHref ? html`<a href=${telHref}>${p.phone}</a>` : p.phone}</dd>`
            : nothing
        }
      </dl>
      <h4>${t.hours}</h4>
      ${p.openingHours.text ? html`<p class="sm-hours-text">${p.openingHours.text}</p>` : nothing}
      <table class="sm-hours">
        <caption class="hbrs-visually-hidden">
          ${t.hours}
        </caption>
        <tbody>
          ${weekOf(p.openingHours).map(
            ({ day, periods }) =>
              html`<tr
                class=${day === today ? 'sm-today' : ''}
                aria-current=${day === today ? 'date' : 'false'}
              >
                <th scope="row">
                  ${pickLabel(WEEKDAY_LABELS[day], this.locale)}${day === today ? html`<strong>${t.today}</strong>` : nothing}
                </th>
                <td>
                  ${
                    periods.length === 0
                      ? t.dayClosed
                      : periods.map(
                          (x, i) =>
                            html`${i > 0 ? '，' : ''}${x.open}–${x.overnight ? `${t.nextDay} ` : ''}${x.close}${x.note ? html` <span class="sm-note-inline">(${x.note})</span>` : nothing}`,
                        )
                  }
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
      ${
        p.openingHours.holidayRule
          ? html`<p class="sm-hint">
              ${pickLabel(HOLIDAY_RULE_LABELS[p.openingHours.holidayRule], this.locale)}
            </p>`
          : nothing
      }
      <h4>${t.services}</h4>
      <ul class="sm-services">
        ${p.services.map((s) => html`<li>${labelOf(SERVICE_LABELS, s, this.locale)}</li>`)}
      </ul>
      ${
        facilities.length
          ? html`<h4>${t.facilities}</h4>
              <ul class="sm-services">
                ${facilities.map((x) => html`<li>${x}</li>`)}
              </ul>`
          : nothing
      }
      <h4>${t.openIn}</h4>
      <ul class="sm-apps">
        ${(['amap', 'baidu', 'tencent'] as const).map((k) => {
          const href = safeUrl(links[k], ['https:']);
          return href
            ? html`<li>
                <a href=${href} target="_blank" rel="noopener noreferrer" data-app=${k}
                  >${t[k]}<span class="hbrs-visually-hidden">${t.newWindow}</span></a
                >
              </li>`
            : nothing;
        })}
      </ul>
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hbrs-service-point-detail': HbrsServicePointDetail;
  }
}
