/**
 * The estimator's adjustment rule sets, one per year: the `rules` property (one set or several), or the JSON
 * files of `rules-src` (one URL, several separated by spaces or commas, or a list file), fetched through the
 * SDK's network layer (`rules-fetch.ts`, downloaded only when there is a `rules-src`) and validated by
 * `rules-check.ts` (downloaded only when the portal gives rule sets), once the adjustment tab's module is there;
 * else the tab's built-in example sets, trusted and not validated. One concern, one reactive controller.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { holdUpdateComplete, safeUrl, type HbrsEventMap } from '@hbrs/core';
import { HbrsError } from '@hbrs/sdk';
import type { AdjustmentRegistry, AdjustmentRuleSet } from '@hbrs/sdk/policy';
import type * as RulesCheckModule from './rules-check.js';
import type * as RulesFetchModule from './rules-fetch.js';
import type { FetchedRules } from './rules-fetch.js';

type RulesFetch = typeof RulesFetchModule;
type RulesCheck = typeof RulesCheckModule;

/**
 * The loaders of the controller's chunks: the fetcher (for `rules-src`) and the validator (for a portal's own
 * rule sets). Tests stand in a failing or recording one.
 * @internal
 */
export const rulesLoaders = {
  fetch: (): Promise<RulesFetch> => import('./rules-fetch.js'),
  check: (): Promise<RulesCheck> => import('./rules-check.js'),
};

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

type RulesEvent = 'hbrs-load' | 'hbrs-error' | 'hbrs-retry';

/** What the adjustment tab's module gives the controller: its built-in rule sets, by year. */
export interface RulesDefaults {
  defaultRegistry(): AdjustmentRegistry;
}

/** The URLs of a `rules-src`: one, or several separated by spaces or commas. */
export function splitRulesSrc(src: string | undefined): string[] {
  return (src ?? '').split(/[\s,]+/).filter(Boolean);
}

/** The fetcher (the SDK's network layer), downloaded the first time a `rules-src` is fetched. */
let fetcher: Promise<RulesFetch> | undefined;
function loadFetcher(): Promise<RulesFetch> {
  return (fetcher ??= rulesLoaders.fetch().catch((e: unknown) => {
    fetcher = undefined;
    throw new HbrsError('network', String(e));
  }));
}

/**
 * Keeps the rule sets in effect, keyed by year: the `rules` property (validated once per value), else
 * `rules-src` (fetched when it changes, aborted when the element leaves the page, fetched again when it comes
 * back), else the built-in ones (not validated). Emits `hbrs-load`, `hbrs-error` and `hbrs-retry` through `emit`.
 */
export class RulesController implements ReactiveController {
  /** The state of `rules-src`. */
  status: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  private error?: unknown;
  private loaded?: AdjustmentRegistry;
  /** Fetched rule sets waiting for the validator and the adjustment tab. */
  private fetched?: FetchedRules[];
  /** The `rules` property as last validated. */
  private prop?: { input: unknown; registry?: AdjustmentRegistry; error?: unknown };
  private defaults?: AdjustmentRegistry;
  private abort?: AbortController;
  private started = false;
  /** The adjustment tab's module (the built-in rule sets). */
  private tab?: RulesDefaults;
  /** The validator of a portal's rule sets: asked for only when there are some; after a failure, by retry. */
  private check?: RulesCheck;
  private checking = false;
  private checkError?: unknown;

  constructor(
    private readonly host: RulesHost,
    private readonly emit: <K extends RulesEvent>(name: K, detail: HbrsEventMap[K]) => void,
    /** Asks for the adjustment tab's module while a rule set is on its way. */
    private readonly needTab: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.started && this.host.rulesSrc && this.status !== 'ready') void this.load();
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.abort = undefined;
  }

  /** A portal gives its own rule sets (`rules` or `rules-src`): they need the validator. */
  private get custom(): boolean {
    const { rules, rulesSrc } = this.host;
    return (rules !== undefined && rules !== null) || !!rulesSrc?.trim();
  }

  /**
   * From the element's `willUpdate`: fetches `rules-src` on the first update and when it changes, and asks for
   * the validator once a portal gives rule sets.
   */
  sync(srcChanged: boolean): void {
    if (!this.started || srcChanged) void this.load();
    this.started = true;
    if (this.custom) this.loadCheck();
  }

  private loadCheck(): void {
    if (this.check || this.checking || this.checkError) return;
    this.checking = true;
    const loading = rulesLoaders.check().then(
      (m) => {
        this.check = m;
        this.validateFetched();
      },
      (e: unknown) => {
        this.checkError = new HbrsError('network', String(e));
        this.emit('hbrs-error', { code: 'network', message: String(e) });
      },
    );
    // `updateComplete` waits for it; the element renders again when it is there.
    holdUpdateComplete(this.host, loading);
    void loading.finally(() => {
      this.checking = false;
      this.host.requestUpdate();
    });
  }

  /** The adjustment tab's module is there: its built-in rule sets, and what was fetched meanwhile is validated. */
  accept(tab: RulesDefaults): void {
    this.tab = tab;
    this.validateFetched();
  }

  private validateFetched(): void {
    const { fetched, check } = this;
    if (fetched === undefined || !check || !this.tab) return;
    this.fetched = undefined;
    let registry: AdjustmentRegistry;
    try {
      registry = check.adjustmentRegistry(fetched.map((f) => f.json));
    } catch (e) {
      // Name the file at fault: the SDK's message says which rule set ("rule set 2 of 3: …").
      const index = (e as { details?: { index?: unknown } }).details?.index;
      const url = typeof index === 'number' ? fetched[index]?.url : undefined;
      const message = (e as Error).message;
      this.fail(new HbrsError('invalid-data', url ? `${url}: ${message}` : message, { url }));
      return;
    }
    this.loaded = registry;
    this.setStatus('ready');
    const sets = registry.sets;
    this.emit('hbrs-load', {
      count: sets.reduce((n, s) => n + s.rules.length, 0),
      sample: sets.some((s) => !s.provenance.official),
    });
  }

  /** The rule sets in effect; none while loading; an error (with retry for `rules-src`) when invalid. */
  get current(): { registry?: AdjustmentRegistry; error?: unknown; retry?: boolean } {
    const tab = this.tab;
    if (!tab) return {};
    const { rules, rulesSrc } = this.host;
    if (this.custom && this.checkError && this.status !== 'error')
      return { error: this.checkError, retry: true };
    if (rules !== undefined && rules !== null) {
      const check = this.check;
      if (!check) return {};
      if (this.prop?.input !== rules) {
        try {
          const list: readonly unknown[] = Array.isArray(rules) ? rules : [rules];
          this.prop = { input: rules, registry: check.adjustmentRegistry(list) };
        } catch (e) {
          this.prop = { input: rules, error: new HbrsError('invalid-data', (e as Error).message) };
        }
      }
      return this.prop;
    }
    if (rulesSrc?.trim()) {
      if (this.status === 'error') return { error: this.error, retry: true };
      return { registry: this.status === 'ready' ? this.loaded : undefined };
    }
    return { registry: (this.defaults ??= tab.defaultRegistry()) };
  }

  /** "Try again" after an error (of `rules-src`, or of the validator's download). */
  readonly retry = (): void => {
    this.emit('hbrs-retry', { reason: 'user' });
    if (this.checkError) {
      this.checkError = undefined;
      this.loadCheck();
      this.host.requestUpdate();
    }
    if (this.status === 'error') void this.load();
  };
  private setStatus(status: RulesController['status']): void {
    this.status = status;
    this.host.requestUpdate();
  }

  private async load(): Promise<void> {
    this.abort?.abort();
    this.abort = undefined;
    this.loaded = undefined;
    this.fetched = undefined;
    const srcs = splitRulesSrc(this.host.rulesSrc);
    if (srcs.length === 0) {
      this.setStatus('idle');
      return;
    }
    const urls = srcs.map((src) => safeUrl(src, ['http:', 'https:'], location.href));
    if (urls.some((u) => !u)) {
      this.fail(new UnsafeRulesUrlError());
      return;
    }
    const ctrl = new AbortController();
    this.abort = ctrl;
    this.setStatus('loading');
    // The rule set is validated once the adjustment tab's module is there: download it meanwhile (if that
    // fails, the tab's error view offers the retry, and the fetched rule set waits for it).
    if (!this.tab) this.needTab();
    try {
      const { fetchRuleSets } = await loadFetcher();
      if (this.abort !== ctrl) return;
      const options = { timeoutMs: this.host.rulesTimeout, signal: ctrl.signal };
      const fetched = await fetchRuleSets(urls as string[], options);
      if (this.abort !== ctrl) return;
      this.fetched = fetched;
      this.validateFetched();
    } catch (e) {
      if (this.abort !== ctrl) return;
      this.fail(e);
    }
  }

  private fail(e: unknown): void {
    this.error = e;
    this.setStatus('error');
    const err = e as { code?: unknown; message?: unknown };
    this.emit('hbrs-error', { code: String(err.code ?? 'unknown'), message: String(err.message ?? e) });
  }
}
