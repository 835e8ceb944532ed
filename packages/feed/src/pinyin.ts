/**
 * The `pinyin` and `initials` fields the SDK's keyword search reads (so `wuchang` and `wc` find 武昌), computed
 * the way the sample data computes them: toneless syllables of the Chinese characters, lower case, ü as v.
 * @module
 */
import { pinyin } from 'pinyin-pro';
import { initialsOf } from '@hbrs/sdk';

const cache = new Map<string, string>();

/** Toneless pinyin of the Chinese characters in `text`, space-separated; other characters are dropped. */
export function toPinyin(text: string): string {
  const zh = text.replace(/[^\u4e00-\u9fff]/g, '');
  if (zh === '') return '';
  let py = cache.get(zh);
  if (py === undefined) {
    py = pinyin(zh, { toneType: 'none', type: 'array', nonZh: 'removed' })
      .map((s) => s.toLowerCase().replace(/ü/g, 'v'))
      .filter((s) => /^[a-z]+$/.test(s))
      .join(' ');
    cache.set(zh, py);
  }
  return py;
}

/** `{ pinyin, initials }` of a record's searchable text (several parts are joined). */
export function searchFields(...parts: (string | undefined)[]): { pinyin: string; initials: string } {
  const py = parts
    .filter((p): p is string => !!p)
    .map(toPinyin)
    .filter(Boolean)
    .join(' ');
  return { pinyin: py, initials: initialsOf(py) };
}
