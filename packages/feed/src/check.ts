/**
 * `checkFeed`: what a widget would make of a feed directory: for every kind present, how many records load, which
 * are dropped and why, and whether the document itself is unreadable.
 * @module
 */
import { DEFAULT_FEED_FILES, FEED_KINDS, parseFeed, type Diagnostic, type FeedKind } from '@hbrs/sdk';

/** The check of one kind's file. */
export interface KindCheck {
  kind: FeedKind;
  file: string;
  /** Records that load. */
  count: number;
  /** Records a widget would drop, with the reason. */
  dropped: Diagnostic[];
  /** Set when the whole document is unusable. */
  error?: string;
  /** `meta.sample` of the feed. */
  sample?: boolean;
}

/** The check of a feed directory. */
export interface CheckResult {
  kinds: KindCheck[];
  /** True when at least one kind is present and nothing is dropped or broken. */
  ok: boolean;
}

/** The file name of each kind in a feed directory. */
export const FEED_FILES: Readonly<Record<FeedKind, string>> = DEFAULT_FEED_FILES;

/**
 * Checks the parsed feed documents of a directory (`docs[kind]` = the parsed JSON of `<kind>.json`; a string is
 * a JSON parse error message).
 */
export function checkFeed(docs: Partial<Record<FeedKind, unknown>>): CheckResult {
  const kinds: KindCheck[] = [];
  for (const kind of FEED_KINDS) {
    if (!(kind in docs)) continue;
    const file = FEED_FILES[kind];
    const raw = docs[kind];
    const check: KindCheck = { kind, file, count: 0, dropped: [] };
    if (raw instanceof Error) {
      check.error = raw.message;
    } else {
      try {
        const feed = parseFeed(kind, raw, { onDiagnostic: (d) => check.dropped.push(d), url: file });
        check.count = feed.items.length;
        check.sample = feed.meta.sample;
      } catch (e) {
        check.error = (e as Error).message;
      }
    }
    kinds.push(check);
  }
  return { kinds, ok: kinds.length > 0 && kinds.every((k) => !k.error && k.dropped.length === 0) };
}
