import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether the host is near the viewport yet: `near` turns `true` (once, for good) when the host comes within
 * `margin` px of the viewport, and the host updates. A widget far down a long portal page, or inside a closed tab
 * or `hidden` box, starts its work when the user gets near it, not while the page above it is loading (as
 * `<img loading="lazy">` does). A host already near when it connects is near at once, with no frame's delay.
 * Without `IntersectionObserver`, or when `eager()` says so, the host is always near.
 */
export class NearViewportController implements ReactiveController {
  near = false;
  private observer: IntersectionObserver | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly eager: () => boolean,
    private readonly margin = 800,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.near) return;
    if (this.eager() || typeof IntersectionObserver !== 'function' || this.inView()) {
      this.near = true;
      return;
    }
    this.observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        this.near = true;
        this.hostDisconnected();
        this.host.requestUpdate();
      },
      { rootMargin: `${this.margin}px` },
    );
    this.observer.observe(this.host);
  }

  hostUpdate(): void {
    // `loading="eager"` set after the host connected
    if (!this.near && this.eager()) {
      this.near = true;
      this.hostDisconnected();
    }
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  /** Within `margin` of the viewport now, and laid out (a `display: none` box has no size). */
  private inView(): boolean {
    const r = this.host.getBoundingClientRect();
    const h = globalThis.innerHeight ?? 0;
    return (r.width > 0 || r.height > 0) && r.bottom >= -this.margin && r.top <= h + this.margin;
  }
}
