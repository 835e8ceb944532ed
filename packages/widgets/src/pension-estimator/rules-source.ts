/**
 * The estimator's adjustment rule sets, one per year: the `rules` property (one set or several), or the JSON
 * files of `rules-src` (one URL, several separated by spaces or commas, or a list file), fetched through the
 * SDK's network layer (`rules-fetch.ts`, downloaded only when there is a `rules-src`) and validated by the
 * adjustment tab's module once it is there. One concern, one reactive controller.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { safeUrl, type HbrsEventMap } from '@hbrs/core';
import { HbrsError } from '@hbrs/sdk';
import type { AdjustmentRegistry, AdjustmentRuleSet } from '@hbrs/sdk/policy';
import type * as RulesFetchModule from './rules-fetch.js';
import type { FetchedRules } from './rules-fetch.js';

type RulesFetch = typeof RulesFetchModule;

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

/** The adjustment tab module's validator and default rule sets. */
export interface RulesValidator {
  adjustmentRegistry(input: readonly unknown[]): AdjustmentRegistry;
  DEFAULT_RULES: readonly AdjustmentRuleSet[];
}

/** The URLs of a `rules-src`: one, or several separated by spaces or commas. */
export function splitRulesSrc(src: string | undefined): string[] {
  return (src ?? '').split(/[\s,]+/).filter(Boolean);
}

/** The fetcher (the SDK's network layer), downloaded the first time a `rules-src` is fetched. */
let fetcher: Promise<RulesFetch> | undefined;
function loadFetcher(): Promise<RulesFetch> {
  return (fetcher ??= import('./rules-fetch.js').catch((e: unknown) => {
    fetcher = undefined;
    throw new HbrsError('network', String(e));
  }));
}

/**
 * Keeps the rule sets in effect, keyed by year: the `rules` property (validated once per value), else
 * `rules-src` (fetched when it changes, aborted when the element leaves the page, fetched again when it comes
 * back), else the built-in ones. Emits `hbrs-load`, `hbrs-error` and `hbrs-retry` through `emit`.
 */
export class RulesController implements ReactiveController {
  /** The state of `rules-src`. */
  status: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  private error?: unknown;
  private loaded?: AdjustmentRegistry;
  /** Fetched rule sets waiting for the validator. */
  private fetched?: FetchedRules[];
  /** The `rules` property as last validated. */
  private prop?: { input: unknown; registry?: AdjustmentRegistry; error?: unknown };
  private defaults?: AdjustmentRegistry;
  private abort?: AbortController;
  private started = false;
  private validator?: RulesValidator;

  constructor(
    private readonly host: RulesHost,
    private readonly emit: <K extends RulesEvent>(name: K, detail: HbrsEventMap[K]) => void,
    /** Asks for the validator (the adjustment tab's module) while a rule set is on its way. */
    private readonly needValidator: () => void,
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

  /** From the element's `willUpdate`: fetches `rules-src` on the first update and when it changes. */
  sync(srcChanged: boolean): void {
    if (!this.started || srcChanged) void this.load();
    this.started = true;
  }

  /** The validator is there (the adjustment tab's module loaded): validates what was fetched meanwhile. */
  accept(validator: RulesValidator): void {
    this.validator = validator;
    const fetched = this.fetched;
    if (fetched === undefined) return;
    this.fetched = undefined;
    let registry: AdjustmentRegistry;
    try {
      registry = validator.adjustmentRegistry(fetched.map((f) => f.json));
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
    const v = this.validator;
    if (!v) return {};
    const { rules, rulesSrc } = this.host;
    if (rules !== undefined && rules !== null) {
      if (this.prop?.input !== rules) {
        try {
          const list: readonly unknown[] = Array.isArray(rules) ? rules : [rules];
          this.prop = { input: rules, registry: v.adjustmentRegistry(list) };
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
    return { registry: (this.defaults ??= v.adjustmentRegistry(v.DEFAULT_RULES)) };
  }

  /** "Try again" after an error. */
  readonly retry = (): void => {
    this.emit('hbrs-retry', { reason: 'user' });
    void this.load();
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
    // The rule set is validated by the adjustment tab's module: download it meanwhile (if that fails, the
    // tab's error view offers the retry, and the fetched rule set waits for it).
    if (!this.validator) this.needValidator();
    try {
      const { fetchRuleSets } = await loadFetcher();
      if (this.abort !== ctrl) return;
      const options = { timeoutMs: this.host.rulesTimeout, signal: ctrl.signal };
      const fetched = await fetchRuleSets(urls as string[], options);
      if (this.abort !== ctrl) return;
      this.fetched = fetched;
      if (this.validator) this.accept(this.validator);
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
