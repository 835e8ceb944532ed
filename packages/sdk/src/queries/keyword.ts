/**
 * Keyword matching over Chinese text, full pinyin (with or without spaces) and pinyin initials, using the
 * `pinyin` / `initials` fields computed when the data is built (no pinyin dictionary ships to browsers).
 * @module
 */

/** Searchable text of one record, prepared once when the data is loaded. */
export interface SearchKey {
  /** Lower-cased text fields joined by `\u0001` (Chinese substring / Latin substring search). */
  readonly text: string;
  /** Pinyin syllables without spaces, lower-case (e.g. `wuhanjianganzhihang`). */
  readonly pinyin: string;
  /** `starts[i] === 1` when a syllable starts at offset `i` of {@link pinyin}. */
  readonly starts: Uint8Array;
  /** Pinyin initials, lower-case (e.g. `whjazh`). */
  readonly initials: string;
}

const SEP = '\u0001';

/**
 * Builds the {@link SearchKey} of a record.
 * @param texts - the record's searchable text fields (undefined entries are skipped)
 * @param pinyin - space-separated toneless syllables (several fields may be given; they are concatenated)
 * @param initials - initials strings matching the pinyin fields
 */
export function buildSearchKey(
  texts: ReadonlyArray<string | undefined | null>,
  pinyin: ReadonlyArray<string | undefined | null> = [],
  initials: ReadonlyArray<string | undefined | null> = [],
): SearchKey {
  const text = texts
    .filter((t): t is string => typeof t === 'string' && t !== '')
    .join(SEP)
    .toLowerCase();
  let compact = '';
  const offsets: number[] = [];
  for (const field of pinyin) {
    if (!field) continue;
    for (const syllable of field.toLowerCase().split(/[\s'’-]+/)) {
      if (!syllable) continue;
      offsets.push(compact.length);
      compact += syllable;
    }
    compact += SEP;
  }
  const starts = new Uint8Array(compact.length);
  for (const o of offsets) starts[o] = 1;
  const ini = initials
    .filter((t): t is string => typeof t === 'string' && t !== '')
    .map((t) => t.toLowerCase().replace(/\s+/g, ''))
    .join(SEP);
  return { text, pinyin: compact, starts, initials: ini };
}

/** A parsed keyword: whole (compact) form plus its whitespace-separated tokens. */
export interface ParsedKeyword {
  /** Lower-case, trimmed, inner whitespace removed. Empty = match everything. */
  readonly compact: string;
  /** Lower-case tokens (split on whitespace). */
  readonly tokens: readonly string[];
}

/** Normalises a user-typed keyword (full-width spaces and letters folded, lower-cased). */
export function parseKeyword(keyword: string | undefined | null): ParsedKeyword {
  const norm = (keyword ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\u3000]+/g, ' ')
    .trim();
  return { compact: norm.replace(/ /g, ''), tokens: norm === '' ? [] : norm.split(' ') };
}

function matchOne(key: SearchKey, q: string): boolean {
  if (q === '') return true;
  if (key.text.includes(q)) return true;
  if (key.initials !== '' && /^[a-z]+$/.test(q)) {
    if (key.initials.includes(q)) return true;
  }
  if (key.pinyin !== '' && /^[a-z]+$/.test(q)) {
    let from = key.pinyin.indexOf(q);
    while (from !== -1) {
      if (key.starts[from] === 1) return true;
      from = key.pinyin.indexOf(q, from + 1);
    }
  }
  return false;
}

/**
 * Whether a record matches a keyword: a Chinese (or any) substring of its text, full pinyin starting at a syllable
 * (`wuhan`, `wu han`, `wuh` → 武汉), or a run of pinyin initials (`wh` → 武汉). A multi-word keyword containing
 * Chinese that does not match as a whole matches when every word matches; an all-Latin one is one pinyin phrase.
 */
export function matchesKeyword(key: SearchKey, keyword: ParsedKeyword): boolean {
  if (keyword.compact === '') return true;
  if (matchOne(key, keyword.compact)) return true;
  // Several words: an all-Latin phrase is pinyin typed with spaces (`wu han` = `wuhan`), matched as a whole above;
  // a phrase with Chinese (or digits) matches when every word does (`工商 jiangan`).
  if (keyword.tokens.length > 1 && !keyword.tokens.every((t) => /^[a-z]+$/.test(t))) {
    return keyword.tokens.every((t) => matchOne(key, t));
  }
  return false;
}
