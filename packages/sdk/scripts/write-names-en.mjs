// Writes src/names-en/divisions.ts: the English name of every Hubei division in the sample data's
// reference list (packages/sample-data/reference-data/hubei-divisions.csv), romanised in the conventional
// way (Hanyu Pinyin without tones, one word, an apostrophe before a syllable that starts with a vowel, the
// kind of unit in English: District, City, County, Autonomous County, Forestry District, Prefecture).
// Run: node packages/sdk/scripts/write-names-en.mjs (needs the feed package's pinyin-pro), then review the
// diff: readings of polyphonic characters are fixed in READINGS below.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../../..');
const require = createRequire(resolve(root, 'packages/feed/package.json'));
const { pinyin } = require('pinyin-pro');

// Readings pinyin-pro gets wrong for place names (polyphonic characters), by stem.
const READINGS = {
  长阳: 'Changyang',
  蕲春: 'Qichun',
  郧阳: 'Yunyang',
  郧西: 'Yunxi',
  茅箭: 'Maojian',
  黄陂: 'Huangpi',
  曾都: 'Zengdu',
};

// The kind of unit, longest suffix first; `name` is what stays of the stem when it would be one syllable.
const KINDS = [
  ['土家族苗族自治州', 'Tujia and Miao Autonomous Prefecture'],
  ['土家族自治县', 'Tujia Autonomous County'],
  ['林区', 'Forestry District'],
  ['区', 'District'],
  ['县', 'County'],
  ['市', 'City'],
];

const roman = (stem) => {
  if (READINGS[stem]) return READINGS[stem];
  const syl = pinyin(stem, { toneType: 'none', type: 'array', v: true }).map((s) => s.replace('v', 'ü'));
  const word = syl.map((s, i) => (i > 0 && /^[aeo]/.test(s) ? `'${s}` : s)).join('');
  return word.charAt(0).toUpperCase() + word.slice(1);
};

const rows = readFileSync(resolve(root, 'packages/sample-data/reference-data/hubei-divisions.csv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((l) => l.split(','));
const out = {};
for (const [code, name, , level] of rows) {
  if (level === 'group') continue; // 429000 省直辖县级行政区划: a grouping row, never shown
  if (level === 'province') {
    out[code] = 'Hubei';
    continue;
  }
  const [suffix, kind] = KINDS.find(([s]) => name.endsWith(s));
  const stem = name.slice(0, -suffix.length);
  // 市州 go by their bare name (Wuhan, Enshi, Xiantao), as portals and the service map write them; county-level
  // units carry their kind (Wuchang District, Zhongxiang City, Yunxi County, Shennongjia Forestry District).
  const prefecture = level === 'prefecture' || (code.startsWith('4290') && suffix === '市');
  out[code] = prefecture ? roman(stem) : `${roman(stem)} ${kind}`;
}

const body = Object.entries(out)
  .map(([c, n]) => `  '${c}': ${n.includes("'") ? JSON.stringify(n) : `'${n}'`},`)
  .join('\n');
writeFileSync(
  resolve(root, 'packages/sdk/src/names-en/divisions.ts'),
  `// Written by packages/sdk/scripts/write-names-en.mjs from packages/sample-data/reference-data/hubei-divisions.csv
// (codes and names: modood/Administrative-divisions-of-China, 国家统计局 2023年统计用区划代码, WTFPL; see the
// reference-data README). Do not edit by hand: fix the script and run it again.

/**
 * English names of Hubei's divisions by GB/T 2260 code: the province, its 17 市州 (bare names: Wuhan, Enshi,
 * Xiantao) and every county-level unit with its kind (Wuchang District, Zhongxiang City, Yunxi County,
 * Changyang Tujia Autonomous County). Conventional romanisation (Hanyu Pinyin, no tones).
 */
export const DIVISION_NAMES_EN: Readonly<Record<string, string>> = {
${body}
};
`,
);
console.log(`division-names-en: ${Object.keys(out).length} names`);
