/**
 * The page object of <hbrs-service-map> for its tests (Lion's page objects): the parts a user sees and
 * the things a user does, so that tests read as tasks and never reach into the element's private
 * state. The point detail is an element of its own (`<hbrs-service-point-detail>`); `detail` looks
 * inside it. The map engine is reached through `MapView.of()` on the map container.
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import type { HbrsClient } from '@hbrs/sdk';
import { fakeClient } from '@hbrs/testing';
import { fixtureFeeds } from '../../../../sdk/src/test/fixtures.js';
import '../define.js';
import type { HbrsServiceMap } from '../service-map.js';
import { MapView } from '../map-view.js';

export type Feeds = ReturnType<typeof fixtureFeeds>;

/** A real SDK client over fixture feed documents served by the shared fake fetch. */
export function fixtureClient(
  options: {
    points?: number;
    edit?: (feeds: Feeds) => void;
    fail?: () => boolean;
    hang?: boolean;
  } = {},
): HbrsClient {
  const feeds = fixtureFeeds({ servicePoints: options.points ?? 60 });
  options.edit?.(feeds);
  const files = Object.fromEntries(Object.entries(feeds).map(([name, doc]) => [`${name}.json`, doc]));
  const { client } = fakeClient({
    files: options.hang ? () => 'hang' : files,
    ...(options.fail ? { status: () => (options.fail!() ? 503 : undefined) } : {}),
  });
  return client;
}

/** A 900 px wide container (a wide layout) for the widget. */
export async function host(lang?: string): Promise<HTMLDivElement> {
  const div = await fixture<HTMLDivElement>(html`<div></div>`);
  div.style.width = '900px';
  if (lang) div.lang = lang;
  return div;
}

/** Creates the element with `attrs` and `client` (not yet on the page). */
export function create(client: HbrsClient, attrs: Record<string, string> = {}): HbrsServiceMap {
  const el = document.createElement('hbrs-service-map');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.client = client;
  return el;
}

/** Mounts a ready widget (list and map drawn) in a 900 px host; `attrs` as `name=value` words. */
export async function mount(client: HbrsClient = fixtureClient(), attrs = ''): Promise<ServiceMapPage> {
  const wrap = await host();
  const el = create(
    client,
    Object.fromEntries(
      attrs
        .split(' ')
        .filter(Boolean)
        .map((a) => {
          const [k, v = ''] = a.split('=');
          return [k!, v];
        }),
    ),
  );
  wrap.append(el);
  return new ServiceMapPage(el).ready();
}

/** Removes the widgets' keys (`sm.*`) from the page URL. */
export function clearUrl(): void {
  const url = new URL(location.href);
  for (const k of [...url.searchParams.keys()]) if (k.startsWith('sm.')) url.searchParams.delete(k);
  history.replaceState(null, '', url);
}

// Saturday 2026-01-10 10:30 in Asia/Shanghai (02:30 UTC).
export const SATURDAY = new Date('2026-01-10T02:30:00Z');
// Tuesday 2026-01-06 10:30 in Asia/Shanghai.
export const TUESDAY = new Date('2026-01-06T02:30:00Z');

function all<E extends Element>(root: ParentNode | null | undefined, s: string): E[] {
  return root ? [...root.querySelectorAll<E>(s)] : [];
}

/** The point detail (inside its own element). */
export class DetailPart {
  constructor(private readonly page: ServiceMapPage) {}

  /** The `<hbrs-service-point-detail>` element (it carries `part="detail"`), or `null` when closed. */
  get element(): HTMLElement | null {
    return this.page.find('[part=detail]');
  }

  /** The detail's content (the article or the "not found" box), or `null` when closed. */
  get root(): HTMLElement | null {
    return this.element?.shadowRoot?.querySelector<HTMLElement>('.sm-detail') ?? null;
  }

  get isOpen(): boolean {
    return this.element !== null;
  }

  get text(): string {
    return this.root?.textContent ?? '';
  }

  find<E extends Element = HTMLElement>(s: string): E | null {
    return this.root?.querySelector<E>(s) ?? null;
  }

  findAll<E extends Element = HTMLElement>(s: string): E[] {
    return all<E>(this.root, s);
  }

  get title(): HTMLElement | null {
    return this.find('#sm-detail-title');
  }

  get backButton(): HTMLButtonElement | null {
    return this.find<HTMLButtonElement>('.sm-back') ?? this.find<HTMLButtonElement>('button');
  }

  get copyButton(): HTMLButtonElement | null {
    return this.find<HTMLButtonElement>('.sm-copy');
  }

  get address(): HTMLElement | null {
    return this.find('.sm-address');
  }

  /** The rows of the week's hours, Monday first. */
  get hoursRows(): HTMLTableRowElement[] {
    return this.findAll<HTMLTableRowElement>('.sm-hours tr');
  }

  /** The row of today (`aria-current="date"`). */
  get todayRows(): HTMLTableRowElement[] {
    return this.findAll<HTMLTableRowElement>('.sm-hours tr[aria-current=date]');
  }

  get phoneLink(): HTMLAnchorElement | null {
    return this.find<HTMLAnchorElement>('.sm-facts a');
  }

  get appLinks(): HTMLAnchorElement[] {
    return this.findAll<HTMLAnchorElement>('.sm-apps a');
  }

  get links(): HTMLAnchorElement[] {
    return this.findAll<HTMLAnchorElement>('a');
  }

  /** Presses "back" and waits for the update. */
  async back(): Promise<void> {
    this.backButton!.click();
    await this.page.el.updateComplete;
  }
}

/** <hbrs-service-map> as a user sees it. */
export class ServiceMapPage {
  readonly detail = new DetailPart(this);

  constructor(readonly el: HbrsServiceMap) {}

  get shadow(): ShadowRoot {
    return this.el.shadowRoot!;
  }

  /** An element of the widget's own shadow root (map engine internals, rare parts). */
  find<E extends Element = HTMLElement>(s: string): E | null {
    return this.shadow.querySelector<E>(s);
  }

  findAll<E extends Element = HTMLElement>(s: string): E[] {
    return all<E>(this.shadow, s);
  }

  /** Waits until the list (or the empty view) and, with `withMap`, the map are drawn. */
  async ready(withMap = true): Promise<this> {
    await waitUntil(() => this.find('.item') || this.empty, 'list did not render', { timeout: 5000 });
    if (withMap)
      await waitUntil(() => this.view && this.mapStatus === null, 'map did not render', { timeout: 5000 });
    await this.el.updateComplete;
    return this;
  }

  // ------------------------------------------------------------ parts

  get heading(): HTMLElement {
    return this.find('h2')!;
  }

  get section(): HTMLElement {
    return this.find('section')!;
  }

  get root(): HTMLElement {
    return this.find('.hbrs-root')!;
  }

  get summary(): string {
    return this.find('[part=summary]')?.textContent ?? '';
  }

  get sampleNotice(): HTMLElement | null {
    return this.find('[part=sample-notice]');
  }

  /** The one polite live region. */
  get live(): HTMLElement {
    return this.find('[aria-live]')!;
  }

  get liveRegions(): HTMLElement[] {
    return this.findAll('[aria-live]');
  }

  get empty(): HTMLElement | null {
    return this.find('[part=empty]');
  }

  get error(): HTMLElement | null {
    return this.find('[part=error]');
  }

  get keyword(): HTMLInputElement {
    return this.find<HTMLInputElement>('#sm-keyword')!;
  }

  get serviceSelect(): HTMLSelectElement {
    return this.find<HTMLSelectElement>('#sm-service')!;
  }

  get bankSelect(): HTMLSelectElement {
    return this.find<HTMLSelectElement>('#sm-bank')!;
  }

  get citySelect(): HTMLSelectElement {
    return this.find<HTMLSelectElement>('#sm-city')!;
  }

  get countySelect(): HTMLSelectElement {
    return this.find<HTMLSelectElement>('#sm-county')!;
  }

  get openNow(): HTMLInputElement {
    return this.find<HTMLInputElement>('#sm-open')!;
  }

  /** "Only this area" (offered once a division is chosen), or `null`. */
  get onlyArea(): HTMLInputElement | null {
    return this.find<HTMLInputElement>('#sm-only');
  }

  /** The result count of the summary line. */
  get count(): number {
    return Number(/\d+/.exec(this.summary)?.[0] ?? NaN);
  }

  /** The list column (beside the map in wide layouts). */
  get listColumn(): HTMLElement {
    return this.find('.sm-list-col')!;
  }

  get mapColumn(): HTMLElement {
    return this.find('.sm-map-col')!;
  }

  get locateButton(): HTMLButtonElement {
    return this.find<HTMLButtonElement>('#sm-locate')!;
  }

  get locateMessage(): string {
    return this.find('.sm-locate-msg')?.textContent ?? '';
  }

  get listTitle(): HTMLElement | null {
    return this.find('#sm-list-title');
  }

  /** The result buttons on screen. */
  get items(): HTMLButtonElement[] {
    return this.findAll<HTMLButtonElement>('.item');
  }

  /** The ids of the results on screen, in order. */
  get ids(): string[] {
    return this.items.map((b) => b.dataset.id!);
  }

  item(id: string): HTMLButtonElement | null {
    return this.find<HTMLButtonElement>(`.item[data-id="${CSS.escape(id)}"]`);
  }

  /** The distance labels of the results on screen. */
  get distances(): string[] {
    return this.findAll('.sm-km').map((s) => s.textContent!);
  }

  get moreButton(): HTMLButtonElement | null {
    return this.find<HTMLButtonElement>('.sm-more');
  }

  get skipLink(): HTMLButtonElement {
    return this.find<HTMLButtonElement>('.sm-skip')!;
  }

  /** The map container (keyboard target, region). */
  get mapContainer(): HTMLElement {
    return this.find('.sm-map')!;
  }

  get mapFrame(): HTMLElement {
    return this.find('.sm-map-frame')!;
  }

  /** The "loading the map" / "map failed" note, or `null` once the map is drawn. */
  get mapStatus(): HTMLElement | null {
    return this.find('.sm-map-status');
  }

  /** The notes under the map (hint, offline note). */
  get mapNotes(): HTMLElement[] {
    return this.findAll('.sm-note');
  }

  get zoomInButton(): HTMLButtonElement {
    return this.find<HTMLButtonElement>('.sm-zoom-in')!;
  }

  get zoomOutButton(): HTMLButtonElement {
    return this.find<HTMLButtonElement>('.sm-zoom-out')!;
  }

  get showAllButton(): HTMLButtonElement {
    return this.find<HTMLButtonElement>('.sm-zoom-all')!;
  }

  get clusters(): HTMLButtonElement[] {
    return this.findAll<HTMLButtonElement>('.sm-cluster');
  }

  /** The stand-in button of the single point that has keyboard focus on the map, or `null`. */
  get pointCursor(): HTMLButtonElement | null {
    return this.find<HTMLButtonElement>('.sm-cursor');
  }

  get cityLabels(): HTMLElement[] {
    return this.findAll('.sm-city-label');
  }

  get tiles(): HTMLImageElement[] {
    return this.findAll<HTMLImageElement>('img.sm-tile');
  }

  get attribution(): HTMLElement | null {
    return this.find('.sm-attribution');
  }

  get scaleBar(): HTMLElement | null {
    return this.find('.sm-scale');
  }

  /** The ring around the selected point on the map. */
  get selectedRing(): HTMLElement | null {
    return this.find('.sm-selected span');
  }

  /** The map engine's view, once the map is drawn. */
  get view(): MapView | undefined {
    return MapView.of(this.find('.sm-map'));
  }

  // ------------------------------------------------------------ tasks

  /** Types into the keyword field (one input event). */
  async search(text: string): Promise<void> {
    this.keyword.value = text;
    this.keyword.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await this.el.updateComplete;
  }

  /** Picks a value in a select (one change event) without waiting. */
  choose(select: HTMLSelectElement, value: string): void {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  async chooseService(code: string): Promise<void> {
    this.choose(this.serviceSelect, code);
    await this.el.updateComplete;
  }

  async chooseBank(code: string): Promise<void> {
    this.choose(this.bankSelect, code);
    await this.el.updateComplete;
  }

  async chooseCity(code: string): Promise<void> {
    this.choose(this.citySelect, code);
    await this.el.updateComplete;
  }

  async chooseCounty(code: string): Promise<void> {
    this.choose(this.countySelect, code);
    await this.el.updateComplete;
  }

  async toggleOnlyArea(): Promise<void> {
    this.onlyArea!.click();
    await this.el.updateComplete;
  }

  async toggleOpenNow(): Promise<void> {
    this.openNow.click();
    await this.el.updateComplete;
  }

  /** Opens a result by click (the first one without `id`). */
  async open(id?: string): Promise<void> {
    (id ? this.item(id) : this.items[0])!.click();
    await this.el.updateComplete;
  }

  async showMore(): Promise<void> {
    this.moreButton!.click();
    await this.el.updateComplete;
  }
}
