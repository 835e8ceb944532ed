import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LngLat } from '@hbrs/sdk';

/** Why the device location could not be had. */
export type LocateFailure = 'denied' | 'timeout' | 'unavailable';

/** The outcome of one request: a WGS84 position, or why there is none. */
export type LocateResult = { ok: true; point: LngLat } | { ok: false; status: LocateFailure };

/**
 * One "use my location" request at a time through the browser's Geolocation API: only on a user's
 * request, low accuracy, a 10 s timeout, a position up to 5 minutes old. `locating` is true while a
 * request is out (the host re-renders on each change). The position goes to `onResult` and nowhere
 * else; an answer that arrives after the host left the page is dropped.
 */
export class GeolocationController implements ReactiveController {
  /** A request is out. */
  locating = false;
  private requestId = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onResult: (result: LocateResult) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.requestId++;
    this.locating = false;
  }

  /** Asks for the device position; the answer (or failure) goes to `onResult`. */
  request(): void {
    const geo = typeof navigator !== 'undefined' ? navigator.geolocation : undefined;
    const id = ++this.requestId;
    const done = (result: LocateResult): void => {
      if (id !== this.requestId) return;
      this.setLocating(false);
      this.onResult(result);
    };
    if (!geo) {
      done({ ok: false, status: 'unavailable' });
      return;
    }
    this.setLocating(true);
    try {
      geo.getCurrentPosition(
        (pos) => {
          const { longitude: lng, latitude: lat } = pos.coords;
          done(
            Number.isFinite(lng) && Number.isFinite(lat)
              ? { ok: true, point: { lng, lat } }
              : { ok: false, status: 'unavailable' },
          );
        },
        (err) =>
          done({
            ok: false,
            status: err.code === 1 ? 'denied' : err.code === 3 ? 'timeout' : 'unavailable',
          }),
        { enableHighAccuracy: false, timeout: 10_000, maximumAge: 300_000 },
      );
    } catch {
      done({ ok: false, status: 'unavailable' });
    }
  }

  private setLocating(on: boolean): void {
    if (on === this.locating) return;
    this.locating = on;
    this.host.requestUpdate();
  }
}
