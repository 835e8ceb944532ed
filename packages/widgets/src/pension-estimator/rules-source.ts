/**
 * The estimator's adjustment rule set: the `rules` property, or the JSON file at `rules-src`, fetched through
 * the SDK's network layer (`rules-fetch.ts`, downloaded only when there is a `rules-src`) and validated by
 * the adjustment tab's module once it is there. One concern, one reactive controller.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { safeUrl, type HbrsEventMap } from '@hbrs/core';
import { HbrsError } from '@hbrs/sdk';
import type { AdjustmentRuleSet } from '@hbrs/sdk/policy';
import type * as RulesFetchModule from './rules-fetch.js';

type RulesFetch = typeof RulesFetchModule;

/** `rules-src` is not an http(s) URL: nothing is fetched. */
export class UnsafeRulesUrlError extends Error {
  readonly code = 'invalid-url';
}

/** What the controller reads from its element and tells it. */
export interface RulesHost extends ReactiveControllerHost {
  readonly rules?: AdjustmentRuleSet;
  readonly rulesSrc?: string;
  readonly rulesTimeout: number;
}

type RulesEvent = 'hbrs-load' | 'hbrs-error' | 'hbrs-retry';

/** The adjustment tab module's validator and default rule set. */
export interface RulesValidator {
  parseAdjustmentRules(input: unknown): AdjustmentRuleSet;
  DEFAULT_RULES: AdjustmentRuleSet;
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
 * Keeps the rule set in effect: the `rules` property (validated once per object), else `rules-src` (fetched
 * when it changes, aborted when the element leaves the page, fetched again when it comes back), else the
 * built-in rule set. Emits `hbrs-load`, `hbrs-error` and `hbrs-retry` through `emit`.
 */
export class RulesController implements ReactiveController {
  /** The state of `rules-src`. */
  status: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  private error?: unknown;
  private loaded?: AdjustmentRuleSet;
  /** A fetched rule set waiting for the validator. */
  private fetched?: { json: unknown };
  /** The `rules` property as last validated. */
  private prop?: { input: unknown; rules?: AdjustmentRuleSet; error?: unknown };
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
    let rules: AdjustmentRuleSet;
    try {
      rules = validator.parseAdjustmentRules(fetched.json);
    } catch (e) {
      this.fail(new HbrsError('invalid-data', (e as Error).message));
      return;
    }
    this.loaded = rules;
    this.setStatus('ready');
    this.emit('hbrs-load', { count: rules.rules.length, sample: !rules.provenance.official });
  }

  /** The rule set in effect; neither while loading; an error (with retry for `rules-src`) when invalid. */
  get current(): { rules?: AdjustmentRuleSet; error?: unknown; retry?: boolean } {
    const v = this.validator;
    if (!v) return {};
    const { rules, rulesSrc } = this.host;
    if (rules !== undefined && rules !== null) {
      if (this.prop?.input !== rules) {
        try {
          this.prop = { input: rules, rules: v.parseAdjustmentRules(rules) };
        } catch (e) {
          this.prop = { input: rules, error: new HbrsError('invalid-data', (e as Error).message) };
        }
      }
      return this.prop;
    }
    if (rulesSrc) {
      if (this.status === 'error') return { error: this.error, retry: true };
      return { rules: this.status === 'ready' ? this.loaded : undefined };
    }
    return { rules: v.DEFAULT_RULES };
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
    const src = this.host.rulesSrc?.trim();
    if (!src) {
      this.setStatus('idle');
      return;
    }
    const url = safeUrl(src, ['http:', 'https:'], location.href);
    if (!url) {
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
      const { fetchRules } = await loadFetcher();
      if (this.abort !== ctrl) return;
      const json = await fetchRules(url, { timeoutMs: this.host.rulesTimeout, signal: ctrl.signal });
      if (this.abort !== ctrl) return;
      this.fetched = { json };
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
