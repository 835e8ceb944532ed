import type { ReactiveControllerHost } from 'lit';
import { fill, type HbrsEventMap, type Locale } from '@hbrs/core';
import type { DivisionIndex, LngLat } from '@hbrs/sdk';
import { GeolocationController, type LocateResult } from './geolocation.js';
import type { ServiceMapMessages } from './locales/zh-CN.js';
import { divisionOptions, originOf, type Origin } from './places.js';
import type { WhereView } from './views.js';

/** What the element tells its {@link WhereController}. */
export interface WhereOptions {
  divisions: () => DivisionIndex | undefined;
  locale: () => Locale;
  t: () => ServiceMapMessages;
  /** The reference point or the area changed: the results, the URL and the filter event follow. */
  changed: () => void;
  /** Centre the map on a place at a zoom level. */
  centre: (point: LngLat, zoom: number) => void;
  announce: (message: string) => void;
  locateEvent: (detail: HbrsEventMap['hbrs-service-map-locate']) => void;
  /** The device location was forgotten (the element moves focus back to the button). */
  forgotten: () => void;
}

/**
 * "Where are you" of <hbrs-service-map>: the device location (on request only, never stored) or the
 * 市州 → 区县 picker, which sets the reference point for distances, and "only this area", which makes the
 * chosen division a filter too (distance order kept). The host re-renders on each change.
 */
export class WhereController {
  device?: LngLat | undefined;
  city = '';
  county = '';
  /** Only the points of the chosen division (no effect with the device location or without a division). */
  only = false;
  message = '';
  private readonly geo: GeolocationController;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly o: WhereOptions,
  ) {
    this.geo = new GeolocationController(host, (r) => this.located(r));
  }

  /** The reference point: the device location, else the chosen division's seat. */
  get origin(): Origin | undefined {
    return originOf(this.o.divisions(), this, this.o.locale());
  }

  /** The division the results are limited to ("only this area"), or `undefined`. */
  get area(): string | undefined {
    return this.only && !this.device ? this.county || this.city || undefined : undefined;
  }

  /** The state in the URL (`city`, `county`, `area`). */
  get url(): Record<string, string> {
    return { city: this.city, county: this.county, area: this.only ? '1' : '' };
  }

  apply(s: Record<string, string>): void {
    const code = (v?: string): string => (/^\d{6}$/.test(v ?? '') ? v! : '');
    this.city = code(s.city);
    this.county = code(s.county);
    this.only = s.area === '1';
    if (this.city) this.device = undefined;
  }

  /** The view of the block. */
  view(): WhereView {
    const { city, county } = this;
    const o = !this.device && this.origin;
    return {
      t: this.o.t(),
      located: Boolean(this.device),
      locating: this.geo.locating,
      message: this.message,
      ...divisionOptions(this.o.divisions(), city, this.o.locale()),
      city,
      county,
      area: o ? o.name : '',
      only: this.only,
      onLocate: this.locate,
      onForget: this.forget,
      onCity: this.onCity,
      onCounty: this.onCounty,
      onOnly: this.onOnly,
    };
  }

  private update(): void {
    this.host.requestUpdate();
    this.o.changed();
  }

  private onCity = (e: Event): void => {
    this.city = (e.target as HTMLSelectElement).value;
    this.county = '';
    this.divisionChanged();
  };

  private onCounty = (e: Event): void => {
    this.county = (e.target as HTMLSelectElement).value;
    this.divisionChanged();
  };

  private onOnly = (e: Event): void => {
    this.only = (e.target as HTMLInputElement).checked;
    this.update();
  };

  private divisionChanged(): void {
    this.device = undefined;
    this.message = '';
    const o = this.origin;
    this.update();
    if (o) {
      this.message = fill(this.o.t().sortedFrom, { place: o.name });
      this.o.centre(o.point, this.county ? 12 : 10);
      this.o.locateEvent({ method: 'division', status: 'ok', division: o.code });
    } else this.o.locateEvent({ method: 'division', status: 'cleared' });
  }

  private locate = (): void => {
    this.message = this.o.t().locating;
    this.geo.request();
  };

  private located(r: LocateResult): void {
    const t = this.o.t();
    if (!r.ok) {
      this.message =
        r.status === 'denied'
          ? t.locateDenied
          : r.status === 'timeout'
            ? t.locateTimeout
            : t.locateUnavailable;
      this.o.announce(this.message);
      this.host.requestUpdate();
      this.o.locateEvent({ method: 'device', status: r.status });
      return;
    }
    this.device = r.point;
    this.city = '';
    this.county = '';
    this.message = t.locateOk;
    this.update();
    this.o.centre(r.point, 13);
    this.o.locateEvent({ method: 'device', status: 'ok' });
  }

  private forget = (): void => {
    this.device = undefined;
    this.message = '';
    this.update();
    this.o.locateEvent({ method: 'device', status: 'cleared' });
    this.o.forgotten();
  };
}
