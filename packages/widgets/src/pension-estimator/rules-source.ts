/**
 * The estimator's adjustment rule sets, one per year: the built-in example sets of the adjustment tab's module
 * (trusted, not validated), or a portal's own (`rules`, `rules-src`), handled by `rules-portal.ts`: fetched,
 * validated, with their errors and retry. That module is downloaded only when a portal gives rule sets, after the
 * adjustment tab's module (which loads it, so the two share their code). One concern, one reactive controller.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { holdUpdateComplete, type HbrsEventMap } from '@hbrs/core';
import type { AdjustmentRegistry, AdjustmentRuleSet } from '@hbrs/sdk/policy';
import type * as RulesPortalModule from './rules-portal.js';
import type { PortalRules } from './rules-portal.js';

/** `rules-src` is not an http(s) URL: nothing is fetched. */
export class UnsafeRulesUrlError extends Error {
  readonly code = 'invalid-url';
}

/** What the controller reads from its element and tells it. */
export interface RulesHost extends ReactiveControllerHost {
  readonly rules?: AdjustmentRuleSet | readonly AdjustmentRuleSet[];
  readonly rulesSrc?: string;
  readonly rulesTimeout: number;
}

/** The rule sets in effect; none while loading; an error (with retry when it may help). */
export interface RulesState {
  registry?: AdjustmentRegistry;
  error?: unknown;
  retry?: boolean;
}

type RulesEvent = 'hbrs-load' | 'hbrs-error' | 'hbrs-retry';

/** What the adjustment tab's module gives the controller. */
export interface RulesTab {
  /** The built-in rule sets, by year. */
  defaultRegistry(): AdjustmentRegistry;
  /** Loads the handling of a portal's own rule sets (`rules-portal.ts`). */
  loadPortalRules(): Promise<typeof RulesPortalModule>;
}

/**
 * Keeps the rule sets in effect: a portal's own (`rules` wins over `rules-src`) once `rules-portal.ts` is there,
 * else the built-in ones. Emits `hbrs-load`, `hbrs-error` and `hbrs-retry` through `emit`.
 */
export class RulesController implements ReactiveController {
  private tab?: RulesTab;
  private defaults?: AdjustmentRegistry;
  private portal?: PortalRules;
  private portalLoading = false;
  private portalError?: unknown;

  constructor(
    private readonly host: RulesHost,
    private readonly emit: <K extends RulesEvent>(name: K, detail: HbrsEventMap[K]) => void,
    /** Asks for the adjustment tab's module (a portal's rule sets come through it, whichever tab is shown). */
    private readonly needTab: () => void,
  ) {
    host.addController(this);
  }

  /** The state of `rules-src` (`idle` without one, or until its handling is there). */
  get status(): PortalRules['status'] {
    return this.portal?.status ?? 'idle';
  }

  hostConnected(): void {
    this.portal?.connected();
  }

  hostDisconnected(): void {
    this.portal?.disconnected();
  }

  /** A portal gives its own rule sets. */
  private get custom(): boolean {
    const { rules, rulesSrc } = this.host;
    return (rules !== undefined && rules !== null) || !!rulesSrc?.trim();
  }

  /** From the element's `willUpdate`: `rules-src` is fetched on the first update and when it changes. */
  sync(srcChanged: boolean): void {
    if (this.portal) this.portal.sync(srcChanged);
    else if (this.custom) this.loadPortal();
  }

  /** The adjustment tab's module is there. */
  accept(tab: RulesTab): void {
    this.tab = tab;
    if (this.custom) this.loadPortal();
  }

  private loadPortal(): void {
    const tab = this.tab;
    if (!tab) return this.needTab();
    if (this.portalLoading || this.portalError) return;
    this.portalLoading = true;
    const loading = tab.loadPortalRules().then(
      (m) => {
        this.portal = new m.PortalRules(this.host, this.emit);
        this.portal.sync(true);
      },
      (e: unknown) => {
        this.portalError = { code: 'network', message: String(e) };
        this.emit('hbrs-error', { code: 'network', message: String(e) });
      },
    );
    // `updateComplete` waits for it; the element renders again when it is there.
    holdUpdateComplete(this.host, loading);
    void loading.finally(() => {
      this.portalLoading = false;
      this.host.requestUpdate();
    });
  }

  /** The rule sets in effect; none while loading; an error (with retry for `rules-src`) when invalid. */
  get current(): RulesState {
    const tab = this.tab;
    if (!tab) return {};
    if (this.custom) {
      if (this.portalError) return { error: this.portalError, retry: true };
      return this.portal?.current ?? {};
    }
    return { registry: (this.defaults ??= tab.defaultRegistry()) };
  }

  /** "Try again" after an error. */
  readonly retry = (): void => {
    if (!this.portalError) return this.portal?.retry();
    this.emit('hbrs-retry', { reason: 'user' });
    this.portalError = undefined;
    this.loadPortal();
  };
}
