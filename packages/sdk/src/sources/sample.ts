import { decodeFeedAsync, type FeedKind } from '../model/index.js';
import { makeError } from '../net/errors.js';
import type { DataSource, LoadContext } from './types.js';

/** Shape of the `@hbrs/sample-data` module the sample source uses. */
interface SampleDataModule {
  loadFeed(kind: FeedKind, options?: { now?: number }): Promise<unknown>;
}

/**
 * The built-in sample data set (`sample: true` in every feed's meta). `@hbrs/sample-data` is loaded by a dynamic
 * import on first use, so bundlers split it out and a portal that uses real data never downloads it. Its job fairs
 * and postdoc openings are moved to be current at `now()` when each kind loads (see `loadFeed` of
 * `@hbrs/sample-data`).
 *
 * @param now - the caller's clock (default `Date.now`)
 */
export function sampleSource(now: () => number = Date.now): DataSource {
  let mod: Promise<SampleDataModule> | undefined;
  const loadModule = (): Promise<SampleDataModule> => {
    mod ??= import('@hbrs/sample-data').then((m) => m as unknown as SampleDataModule);
    mod.catch(() => (mod = undefined));
    return mod;
  };
  return {
    type: 'sample',
    location: '@hbrs/sample-data',
    async load(kind, ctx: LoadContext<typeof kind>) {
      let raw: unknown;
      try {
        raw = await (await loadModule()).loadFeed(kind, { now: now() });
      } catch (cause) {
        throw makeError(
          'network',
          `Loading the sample ${kind} feed from @hbrs/sample-data failed: ${String(cause)}`,
          {
            url: `@hbrs/sample-data/feed/${kind}.json`,
            cause,
          },
        );
      }
      if (ctx.signal?.aborted) throw ctx.signal.reason;
      return decodeFeedAsync(kind, ctx.schema, raw, {
        onDiagnostic: ctx.onDiagnostic,
        url: `@hbrs/sample-data/feed/${kind}.json`,
      });
    },
  };
}
