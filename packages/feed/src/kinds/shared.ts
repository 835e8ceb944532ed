/**
 * Cleaning steps several kinds share: columns, coordinates, divisions, closed vocabularies, dates, lists, links.
 * @module
 */
import { convertPoint, type Division } from '@hbrs/sdk';
import { numberIn, textIn } from '../clean.js';
import type { ColumnSpec } from '../columns.js';
import type { RowIssues } from '../report.js';
import { toHalfWidth } from '../text.js';
import type { InputCrs, KindContext, RowValues } from './types.js';

/** A column: field, template header, other headers, notes (zh, en), example, required, drop-down choices. */
export const col = (
  field: string,
  header: string,
  aliases: string[],
  note: string,
  noteEn: string,
  example: ColumnSpec['example'],
  required = false,
  choices?: ColumnSpec['choices'],
): ColumnSpec => ({ field, header, aliases, note, noteEn, example, required, choices });

const IN_HUBEI = (lng: number, lat: number): boolean =>
  lng >= 108.3 && lng <= 116.2 && lat >= 29.0 && lat <= 33.3;

const CRS = { wgs84: 'WGS84', gcj02: 'GCJ02', bd09: 'BD09' } as const;

/** To WGS84 (the feeds' CRS) with the SDK's gcoord conversion, rounded to 6 decimals (≈ 0.1 m). */
function toWgs84(lng: number, lat: number, crs: InputCrs): [number, number] {
  const p = convertPoint({ lng, lat }, CRS[crs], 'WGS84');
  return [Math.round(p.lng * 1e6) / 1e6, Math.round(p.lat * 1e6) / 1e6];
}

/**
 * The row's coordinates (`lng`/`lat` columns, or `coords` as "lng,lat") in WGS84. Required coordinates that are
 * missing or wrong reject the row; optional ones are dropped with a warning.
 */
export function location(
  row: RowValues,
  issues: RowIssues,
  crs: InputCrs,
  optional = false,
): { lng: number; lat: number } | undefined {
  let lngRaw = row.get('lng');
  let latRaw = row.get('lat');
  let field = 'lng';
  if (lngRaw === '' && latRaw === '' && row.get('coords') !== '') {
    [lngRaw = '', latRaw = ''] = row.get('coords').split(/[,，\s]+/);
    field = 'coords';
  }
  if (optional && lngRaw === '' && latRaw === '') return undefined;
  const fail = (code: string, zh: string, en: string): undefined => {
    if (!optional) return issues.reject(field, code, zh, en);
    issues.warn(field, code, `${zh}已忽略坐标。`, `${en} Coordinates ignored.`);
    return undefined;
  };
  let lng = numberIn(field, lngRaw, issues);
  let lat = numberIn(field === 'coords' ? field : 'lat', latRaw, issues);
  if (!Number.isFinite(lng) || !Number.isFinite(lat)) {
    return fail('no-coordinates', '缺少可用的经纬度。', 'No usable coordinates.');
  }
  if (lng === 0 && lat === 0) {
    return fail('zero-coordinates', '经纬度为 0,0，不是有效位置。', 'Coordinates are 0,0: not a location.');
  }
  if (!IN_HUBEI(lng, lat) && IN_HUBEI(lat, lng)) {
    [lng, lat] = [lat, lng];
    issues.warn(
      field,
      'swapped-coordinates',
      '经度和纬度填反了，已对调。',
      'Longitude and latitude were swapped; swapped back.',
    );
  }
  const [x, y] = toWgs84(lng, lat, crs);
  if (!IN_HUBEI(x, y)) {
    return fail(
      'outside-hubei',
      `坐标（${x}, ${y}）不在湖北省范围内，请检查经纬度和坐标系。`,
      `Coordinates (${x}, ${y}) are outside Hubei: check them and the CRS.`,
    );
  }
  return { lng: x, lat: y };
}

/** Field names of the division columns of a table. */
export interface DivisionFields {
  code: string;
  city: string;
  county: string;
}

const DIVISION_FIELDS: DivisionFields = { code: 'divisionCode', city: 'city', county: 'county' };

/**
 * The Hubei division of a row: its code, else its county (within its 市州 when given), else the one county the
 * address names, else its 市州. A name that is no Hubei division rejects the row: a typo is never re-assigned by
 * guessing. With `fallback` (e.g. the fair's division for a position), an empty row takes it without a warning.
 */
export function division(
  row: RowValues,
  issues: RowIssues,
  ctx: KindContext,
  address: string,
  fields: DivisionFields = DIVISION_FIELDS,
  fallback?: Division,
): Division | undefined {
  const { divisions } = ctx;
  const code = row.get(fields.code).replace(/\s+/g, '');
  if (code !== '') {
    const d = /^\d{6}$/.test(code) ? divisions.get(code) : undefined;
    if (!d || d.level === 'province') {
      return issues.reject(
        fields.code,
        'unknown-division',
        `行政区划代码“${code}”不是湖北省的市州或区县。`,
        `Division code "${code}" is not a Hubei prefecture or county.`,
      );
    }
    return d;
  }
  const cityName = row.get(fields.city);
  let city: Division | undefined;
  if (cityName !== '') {
    city = divisions.find(cityName, ['prefecture'])[0];
    if (!city) {
      return issues.reject(
        fields.city,
        'unknown-division',
        `“${cityName}”不是湖北省的市州。`,
        `"${cityName}" is not a Hubei prefecture.`,
      );
    }
  }
  const countyName = row.get(fields.county);
  if (countyName !== '') {
    const hits = divisions.find(countyName, ['county'], city);
    if (hits.length === 1) return hits[0];
    // A 市州 written in the county column (武汉市) is a division too.
    const asCity = city ? [] : divisions.find(countyName, ['prefecture']);
    if (hits.length === 0 && asCity.length === 1) return asCity[0];
    const where = city ? city.name : '湖北省';
    return issues.reject(
      fields.county,
      hits.length > 1 ? 'ambiguous-division' : 'unknown-division',
      hits.length > 1
        ? `“${countyName}”在湖北省有多个同名区县，请填写所属市州或行政区划代码。`
        : `“${countyName}”不是${where}的区县（请检查错别字）。`,
      hits.length > 1
        ? `"${countyName}" names several Hubei counties: give the prefecture or the code.`
        : `"${countyName}" is not a county of ${where} (check the spelling).`,
    );
  }
  if (fallback && !city) return fallback;
  const found = divisions.countyInAddress(address, city);
  if (found) {
    issues.warn(
      fields.county,
      'county-from-address',
      `区县为空，已从地址识别为“${found.name}”。`,
      `County empty; found "${found.name}" in the address.`,
    );
    return found;
  }
  city ??= divisions.prefectureInAddress(address);
  if (city) {
    issues.warn(
      fields.county,
      'prefecture-only',
      `未能确定区县，按“${city.name}”归属。`,
      `No county found; filed under ${city.name}.`,
    );
    return city;
  }
  return issues.reject(
    fields.county,
    'no-division',
    '缺少所在区县，地址中也未识别出区县。',
    'No county, and none found in the address.',
  );
}

/**
 * A value of a closed vocabulary: the value itself, a listed alias, or the one value the text contains (or that
 * contains it). Unknown text is reported and gives `undefined` (the caller's default applies).
 */
export function choice<T extends string>(
  field: string,
  raw: string,
  values: readonly T[],
  issues: RowIssues,
  aliases: Readonly<Record<string, T>> = {},
  what: readonly [string, string] = ['取值', 'value'],
): T | undefined {
  const s = toHalfWidth(raw).replace(/\s+/g, '');
  if (s === '') return undefined;
  if ((values as readonly string[]).includes(s)) return s as T;
  if (aliases[s] !== undefined) return aliases[s];
  const alias = Object.keys(aliases).find((a) => s.includes(a));
  if (alias !== undefined) return aliases[alias];
  const hits = values.filter((v) => s.includes(v) || v.includes(s));
  if (hits.length === 1) return hits[0];
  issues.warn(
    field,
    'unknown-value',
    `${what[0]}“${raw}”无法识别（可选：${values.join('、')}），已忽略。`,
    `${what[1]} "${raw}" not recognised (one of: ${values.join(', ')}); ignored.`,
  );
  return undefined;
}

/** Items of a list cell separated by 、，,；;/| or new lines. */
export const listIn = (raw: string): string[] =>
  raw
    .split(/[、，,；;/|\n]+/)
    .map((s) => s.trim())
    .filter(Boolean);

/** Several values of a closed vocabulary in one cell (unknown ones reported and left out). */
export function choices<T extends string>(
  field: string,
  raw: string,
  values: readonly T[],
  issues: RowIssues,
  aliases: Readonly<Record<string, T>> = {},
  what?: readonly [string, string],
): T[] {
  const out: T[] = [];
  for (const part of listIn(raw)) {
    const v = choice(field, part, values, issues, aliases, what);
    if (v !== undefined && !out.includes(v)) out.push(v);
  }
  return out;
}

/** An integer ≥ 0 in a cell (若干 and empty give `fallback`); NaN text is reported. */
export function countIn(
  field: string,
  raw: string,
  issues: RowIssues,
  fallback?: number,
): number | undefined {
  const s = raw.replace(/[人名个约]/g, '').trim();
  if (s === '' || /^(若干|不限|多名|待定)$/.test(s)) return fallback;
  const n = numberIn(field, s, issues);
  if (Number.isInteger(n) && n >= 0) return n;
  issues.warn(field, 'not-a-number', `“${raw}”不是人数或数量，已忽略。`, `"${raw}" is not a count; ignored.`);
  return fallback;
}

/** A web address: only http(s) links are kept (a bare www. address gets https://). */
export function urlIn(field: string, raw: string, issues: RowIssues): string | undefined {
  const s = raw.trim();
  if (s === '') return undefined;
  const withScheme = /^www\./i.test(s) ? `https://${s}` : s;
  try {
    const u = new URL(withScheme);
    if (u.protocol === 'http:' || u.protocol === 'https:') return u.href;
  } catch {
    // reported below
  }
  issues.warn(
    field,
    'bad-url',
    `“${raw}”不是 http(s) 网址，已忽略。`,
    `"${raw}" is not an http(s) address; ignored.`,
  );
  return undefined;
}

/** A date and an optional time of day read from a cell. */
export interface DateParts {
  date?: string;
  time?: string;
}

const pad = (n: number | string): string => String(n).padStart(2, '0');

/**
 * Date and time of day in a cell: 2026-12-10, 2026/12/10 9:00, 2026年12月10日 上午9点, 20261210, 9:00, 14点30;
 * an Excel time-only cell (read as 1899-12-30 09:00) is a time.
 */
export function dateTimeParts(raw: string): DateParts | undefined {
  const s = toHalfWidth(raw).trim();
  if (s === '') return {};
  const out: DateParts = {};
  let rest = s;
  const d =
    /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?/.exec(rest) ??
    /^(\d{4})(\d{2})(\d{2})(?!\d)/.exec(rest);
  if (d) {
    const [, y, m, day] = d;
    if (!(y === '1899' && m === '12' && (day === '30' || day === '31')))
      out.date = `${y}-${pad(m ?? '')}-${pad(day ?? '')}`;
    rest = rest.replace(d[0], ' ');
  }
  const t = /(上午|下午|晚上)?\s*(\d{1,2})\s*(?:[:：点时]\s*(\d{1,2}|半)?)\s*分?/.exec(rest);
  if (t) {
    let h = Number(t[2]);
    if ((t[1] === '下午' || t[1] === '晚上') && h < 12) h += 12;
    const min = t[3] === '半' ? 30 : Number(t[3] ?? 0);
    if (h > 23 || min > 59) return undefined;
    out.time = `${pad(h)}:${pad(min)}`;
    rest = rest.replace(t[0], ' ');
  }
  if (rest.replace(/[\s至到~～—–-]/g, '') !== '') return undefined;
  if (out.date && !isRealDate(out.date)) return undefined;
  return out;
}

const isRealDate = (iso: string): boolean => {
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
};

/** A date (YYYY-MM-DD) in a cell, or undefined (reported) when the cell holds something else. */
export function dateIn(field: string, raw: string, issues: RowIssues): string | undefined {
  if (raw.trim() === '') return undefined;
  const p = dateTimeParts(raw);
  if (p?.date) return p.date;
  issues.warn(
    field,
    'bad-date',
    `“${raw}”不是日期（如 2026-12-10），已忽略。`,
    `"${raw}" is not a date (e.g. 2026-12-10); ignored.`,
  );
  return undefined;
}

/** Today in China Standard Time. */
export const todayShanghai = (now: Date): string =>
  new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

/** Text of a cell, tidied (see {@link textIn}); `undefined` when empty. */
export const optText = (row: RowValues, field: string, issues: RowIssues): string | undefined =>
  textIn(field, row.get(field), issues) || undefined;

/** Contact `{ name, phone, email }` from the given fields; `undefined` when all are empty. */
export function contactIn(
  row: RowValues,
  fields: { name?: string; phone?: string; email?: string },
): { name?: string; phone?: string; email?: string } | undefined {
  const c: { name?: string; phone?: string; email?: string } = {};
  for (const k of ['name', 'phone', 'email'] as const) {
    const f = fields[k];
    const v = f === undefined ? '' : row.get(f);
    if (v !== '') c[k] = v;
  }
  return Object.keys(c).length > 0 ? c : undefined;
}

/** Drops `undefined` members so records carry only what the sheet gave. */
export function defined<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}
