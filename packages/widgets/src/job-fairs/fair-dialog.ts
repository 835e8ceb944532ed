/**
 * The detail dialog of <hbrs-job-fairs> as a reactive controller: opening a fair (modal, focus on its heading,
 * `hbrs-fair-open` once it shows), closing it (Escape, the close button, a click on the backdrop; focus back to
 * the fair's button, `hbrs-fair-close`) and the dialog's markup around the detail sub-element
 * (`<hbrs-job-fair-detail>`, rendered by the element from its views chunk).
 * @module
 */
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { renderLoading, type CoreMessages, type HbrsElement, type HbrsEventMap } from '@hbrs/core';
import type { JobFair } from '@hbrs/sdk';
import { zhText } from '../internal/names.js';

/** What the dialog reads from its element and tells it (props down, callbacks up). */
export interface FairDialogHost {
  /** The id of the fair whose detail is open (the element's `selected`), and setting it. */
  selected(): string;
  select(id: string): void;
  /** The fair of an id, once the data is there. */
  fair(id: string): JobFair | undefined;
  /** Writes the URL state (a history entry). */
  writeUrl(): void;
  emit<K extends 'hbrs-fair-open' | 'hbrs-fair-close'>(name: K, detail: HbrsEventMap[K]): void;
  /** After the dialog closed: focuses the fair's button (the month view's or the list's); false if there is none. */
  focusFair(id: string): Promise<boolean>;
}

export class FairDialog implements ReactiveController {
  private returnFocusTo = '';
  private openedId = '';
  /** True while `hostUpdated` moves focus (the element's focus handlers wait for the update to end). */
  moving = false;

  constructor(
    private readonly element: HbrsElement,
    private readonly host: FairDialogHost,
  ) {
    element.addController(this);
  }

  /** Opens the detail of a fair (as if the user chose it). */
  readonly open = (id: string): void => {
    this.returnFocusTo = id;
    this.host.select(id);
    this.host.writeUrl();
  };

  /** Closes the detail; `writeUrl` false when the URL itself closed it (Back). */
  close(writeUrl = true): void {
    const id = this.host.selected();
    if (!id) return;
    this.host.select('');
    this.openedId = '';
    if (writeUrl) this.host.writeUrl();
    this.host.emit('hbrs-fair-close', { id });
    void this.element.updateComplete.then(() => this.restoreFocus(id));
  }

  /** After the detail closed: focus the fair's button (in the list or the day list), else the count. */
  private async restoreFocus(id: string): Promise<void> {
    const target = this.returnFocusTo || id;
    this.returnFocusTo = '';
    if (!(await this.host.focusFair(target)))
      this.element.renderRoot.querySelector<HTMLElement>('#jf-count')?.focus();
  }

  private readonly onClose = (): void => {
    if (this.host.selected()) this.close();
  };

  private readonly onClick = (e: MouseEvent): void => {
    // A click on the backdrop (the dialog itself, outside its content) closes it.
    if (e.target === e.currentTarget) (e.currentTarget as HTMLDialogElement).close();
  };

  private readonly onCloseButton = (): void => this.close();

  hostUpdated(): void {
    const id = this.host.selected();
    const dialog = this.element.renderRoot.querySelector('dialog');
    this.moving = true;
    if (dialog && id && !dialog.open && dialog.isConnected) {
      dialog.showModal();
      dialog.querySelector<HTMLElement>('#jf-detail-title')?.focus();
    }
    this.moving = false;
    const f = id ? this.host.fair(id) : undefined;
    if (f && dialog && this.openedId !== id) {
      this.openedId = id;
      this.host.emit('hbrs-fair-open', { id: f.id, name: f.name });
    }
  }

  /**
   * The dialog of the open fair: its heading and close button, then `body(full)` once the full fair is there
   * (`full` undefined: the loading view; no fair of that id: "not found").
   */
  render(
    t: { detail: string; close: string },
    core: CoreMessages,
    full: JobFair | undefined,
    body: (full: JobFair) => TemplateResult,
  ): TemplateResult | typeof nothing {
    const id = this.host.selected();
    if (!id) return nothing;
    const f = this.host.fair(id);
    return html`<dialog
      part="detail"
      class="detail"
      aria-labelledby="jf-detail-title"
      @close=${this.onClose}
      @click=${this.onClick}
    >
      <div class="detail-body">
        <div class="detail-head">
          <h2 id="jf-detail-title" tabindex="-1">${f ? zhText(f.name) : t.detail}</h2>
          <button type="button" class="hbrs-button" data-variant="secondary" @click=${this.onCloseButton}>
            ${t.close}
          </button>
        </div>
        ${!f ? html`<p>${core.errorNotFound}</p>` : !full ? renderLoading(core) : body(full)}
      </div>
    </dialog>`;
  }
}
