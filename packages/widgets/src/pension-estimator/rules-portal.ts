/**
 * A portal's own adjustment rule sets: the `rules` property (one set or several), or the JSON files of
 * `rules-src` (one URL, several separated by spaces or commas, or a list file), fetched through the SDK's network
 * layer (`rules-fetch.ts`, downloaded only when there is a `rules-src`) and validated by the SDK's
 * `adjustmentRegistry`. A chunk of its own, loaded by the adjustment tab's module only when a portal gives rule
 * sets (see `RulesController` in `rules-source.ts`): the built-in example sets are trusted and never validated in
 * the page.
 */
import { safeUrl, type HbrsEventMap } from '@hbrs/core';
import { HbrsError } from '@hbrs/sdk';
import { adjustmentRegistry, type AdjustmentRegistry } from '@hbrs/sdk/policy';
import { UnsafeRulesUrlError, type RulesHost, type RulesState } from './rules-source.js';
import type * as RulesFetchModule from './rules-fetch.js';
import type { FetchedRules } from './rules-fetch.js';

type RulesFetch = typeof RulesFetchModule;
type RulesEvent = 'hbrs-load' | 'hbrs-error' | 'hbrs-retry';

/** The loader of the fetcher; tests stand in a failing one. @internal */
export const fetchLoader = { load: (): Promise<RulesFetch> => import('./rules-fetch.js') };

/** The URLs of a `rules-src`: one, or several separated by spaces or commas. */
export function splitRulesSrc(src: string | undefined): string[] {
  return (src ?? '').split(/[\s,]+/).filter(Boolean);
}

/** The fetcher (the SDK's network layer), downloaded the first time a `rules-src` is fetched. */
let fetcher: Promise<RulesFetch> | undefined;
function loadFetcher(): Promise<RulesFetch> {
  return (fetcher ??= fetchLoader.load().catch((e: unknown) => {
    fetcher = undefined;
    throw new HbrsError('network', String(e));
  }));
}

/**
 * The rule sets a portal gives, keyed by year: the `rules` property (validated once per value), else `rules-src`
 * (fetched when it changes, aborted when the element leaves the page, fetched again when it comes back).
 * Emits `hbrs-load`, `hbrs-error` and `hbrs-retry` through `emit`.
 */
export class PortalRules {
  /** The state of `rules-src`. */
  status: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  private error?: unknown;
  private loaded?: AdjustmentRegistry;
  /** The `rules` property as last validated. */
  private prop?: { input: unknown; registry?: AdjustmentRegistry; error?: unknown };
  private abort?: AbortController;
  private started = false;

  constructor(
    private readonly host: RulesHost,
    private readonly emit: <K extends RulesEvent>(name: K, detail: HbrsEventMap[K]) => void,
  ) {}

  connected(): void {
    if (this.started && this.host.rulesSrc && this.status !== 'ready') void this.load();
  }

  disconnected(): void {
    this.abort?.abort();
    this.abort = undefined;
  }

  /** Fetches `rules-src` on the first call and when it changes. */
  sync(srcChanged: boolean): void {
    if (!this.started || srcChanged) void this.load();
    this.started = true;
  }

  /** The rule sets in effect; none while loading; an error (with retry for `rules-src`) when invalid. */
  get current(): RulesState {
    const { rules, rulesSrc } = this.host;
    if (rules !== undefined && rules !== null) {
      if (this.prop?.input !== rules) {
        try {
          const list: readonly unknown[] = Array.isArray(rules) ? rules : [rules];
          this.prop = { input: rules, registry: adjustmentRegistry(list) };
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
    return {};
  }

  /** "Try again" after an error. */
  retry(): void {
    this.emit('hbrs-retry', { reason: 'user' });
    void this.load();
  }

  private setStatus(status: PortalRules['status']): void {
    this.status = status;
    this.host.requestUpdate();
  }

  private validate(fetched: FetchedRules[]): void {
    let registry: AdjustmentRegistry;
    try {
      registry = adjustmentRegistry(fetched.map((f) => f.json));
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

  private async load(): Promise<void> {
    this.abort?.abort();
    this.abort = undefined;
    this.loaded = undefined;
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
    try {
      const { fetchRuleSets } = await loadFetcher();
      if (this.abort !== ctrl) return;
      const options = { timeoutMs: this.host.rulesTimeout, signal: ctrl.signal };
      const fetched = await fetchRuleSets(urls as string[], options);
      if (this.abort !== ctrl) return;
      this.validate(fetched);
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
