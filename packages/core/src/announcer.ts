import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * One polite live region per widget, for result counts and other short news ("找到 12 场招聘会").
 * Render `announcer.render()` once, anywhere in the template; call `announce()` to speak.
 * Repeating the same text is announced again (a no-break space is toggled at its end). It needs no
 * lifecycle hooks: it only asks its host to re-render.
 */
export class Announcer {
  private message = '';
  private flip = false;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** The text currently in the live region. */
  get text(): string {
    return this.message;
  }

  /** Queues `message` for screen readers. */
  announce(message: string): void {
    this.flip = !this.flip;
    this.message = this.flip ? message : `${message}\u00a0`;
    this.host.requestUpdate();
  }

  /** The live region itself (visually hidden). */
  render(): TemplateResult {
    return html`<div class="hbrs-visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      ${this.message}
    </div>`;
  }
}
