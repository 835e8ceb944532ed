import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Suggestion } from './model.js';
import type { PostdocFormat } from './format.js';

/** What the search box needs from the finder. */
export interface SearchOptions {
  /** The keyword in the box. */
  query(): string;
  /** The suggestions for the keyword. */
  suggestions(): Suggestion[];
  /** The person typed: the keyword is now `q`. */
  onInput(q: string): void;
  /** A suggestion was picked (Enter or a click). */
  onChoose(s: Suggestion): void;
  /** Escape on a closed list with text in the box. */
  onClear(): void;
}

/**
 * The finder's search box: a WAI-ARIA combobox with a listbox of host and discipline suggestions (arrows move,
 * Enter picks, Escape closes then clears; visual focus stays in the box through `aria-activedescendant`).
 * Owns whether the list is open and which option is active, and asks the host to update when they change.
 */
export class SearchCombobox {
  private open = false;
  private active = -1;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly o: SearchOptions,
  ) {}

  private set(open: boolean, active: number): void {
    if (open === this.open && active === this.active) return;
    this.open = open;
    this.active = active;
    this.host.requestUpdate();
  }

  /** Closes the list. */
  close = (): void => this.set(false, -1);

  private choose(s: Suggestion): void {
    this.close();
    this.o.onChoose(s);
  }

  private onInput = (e: InputEvent): void => {
    this.o.onInput((e.target as HTMLInputElement).value);
    this.set(this.o.suggestions().length > 0, -1);
  };

  private onKeyDown = (e: KeyboardEvent): void => {
    if (e.isComposing) return;
    const list = this.o.suggestions();
    const n = list.length;
    switch (e.key) {
      case 'ArrowDown':
        if (n === 0) return;
        e.preventDefault();
        if (!this.open || e.altKey) this.set(true, e.altKey ? this.active : 0);
        else this.set(true, (this.active + 1) % n);
        break;
      case 'ArrowUp':
        if (n === 0) return;
        e.preventDefault();
        this.set(true, this.active <= 0 ? n - 1 : this.active - 1);
        break;
      case 'Enter':
        if (this.open && this.active >= 0 && list[this.active]) {
          e.preventDefault();
          this.choose(list[this.active]!);
        } else this.close();
        break;
      case 'Escape':
        if (this.open) {
          e.preventDefault();
          this.close();
        } else if (this.o.query()) {
          e.preventDefault();
          this.o.onClear();
        }
        break;
      case 'ArrowLeft':
      case 'ArrowRight':
      case 'Home':
      case 'End':
        // Editing keys act on the text; visual focus leaves the list.
        this.set(this.open, -1);
        break;
      default:
    }
  };

  /** The label, hint, box and list. */
  render(fmt: PostdocFormat): TemplateResult {
    const t = fmt.t;
    const list = this.o.suggestions();
    const open = this.open && list.length > 0;
    return html`<div class="search" part="search">
      <label for="pd-q">${t.searchLabel}</label>
      <p id="pd-q-hint" class="hint">${t.searchHint}</p>
      <div class="combo">
        <input
          id="pd-q"
          type="text"
          role="combobox"
          autocomplete="off"
          spellcheck="false"
          aria-autocomplete="list"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls="pd-listbox"
          aria-describedby="pd-q-hint"
          aria-activedescendant=${open && this.active >= 0 ? `pd-opt-${this.active}` : nothing}
          placeholder=${t.searchPlaceholder}
          .value=${this.o.query()}
          @input=${this.onInput}
          @keydown=${this.onKeyDown}
          @blur=${this.close}
        />
        <ul id="pd-listbox" role="listbox" aria-label=${t.suggestions} ?hidden=${!open}>
          ${
            open
              ? list.map(
                  (s, i) =>
                    html`<li
                      id="pd-opt-${i}"
                      role="option"
                      aria-selected=${i === this.active ? 'true' : 'false'}
                      @mousedown=${(e: Event) => e.preventDefault()}
                      @click=${() => this.choose(s)}
                    >
                      <span class="opt-label"
                        >${s.label}${s.kind === 'discipline' ? fmt.paren(s.value) : ''}</span
                      >
                      <span class="opt-kind"
                        >${s.kind === 'host' ? t.suggestionHost : t.suggestionDiscipline} · ${s.count}</span
                      >
                    </li>`,
                )
              : nothing
          }
        </ul>
      </div>
    </div>`;
  }
}
