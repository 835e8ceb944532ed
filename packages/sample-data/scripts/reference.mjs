// Loads the reference data copied into ../reference-data (see its README for sources and licences)
// and derives the lookup structures the generators use.
import { fileURLToPath } from 'node:url';
import { readCsv } from './lib.mjs';

const dir = fileURLToPath(new URL('../reference-data/', import.meta.url));

/** Attribution text for the reference data, repeated in every feed's meta.source. */
export const ATTRIBUTION =
  'Division codes, names and township names: modood/Administrative-divisions-of-China (国家统计局 2023年统计用区划代码, WTFPL). ' +
  'Seat coordinates derived from Vonng/adcode (CC BY 4.0), AMap-origin data, converted GCJ-02 → WGS84. ' +
  'Population weights: 2020 census (第七次全国人口普查). ' +
  'Discipline codes: 研究生教育学科专业目录（2022年）(学位〔2022〕15号).';

export function loadReference() {
  const divisions = readCsv(dir + 'hubei-divisions.csv');
  const seats = new Map(
    readCsv(dir + 'hubei-division-seats-wgs84.csv').map((r) => [
      r.adcode,
      [Number(r.lng_wgs84), Number(r.lat_wgs84)],
    ]),
  );
  const shizhou = readCsv(dir + 'hubei-17-shizhou.csv').map((r) => ({
    ...r,
    pop: Number(r.pop_2020_census),
  }));
  const townships = readCsv(dir + 'hubei-townships.csv');
  const disciplines = readCsv(dir + 'first-level-disciplines-2022.csv');
  const legacy = readCsv(dir + 'first-level-disciplines-legacy-2011.csv');

  const byCode = new Map(divisions.map((d) => [d.code, d]));
  const counties = divisions.filter((d) => d.level === 'county');
  const townshipsByCounty = new Map(counties.map((c) => [c.code, []]));
  for (const t of townships) townshipsByCounty.get(t.parent_code)?.push(t);

  /** The 市州 (one of the 17) a county-level code belongs to: its prefecture, or itself for the 4 省直管 units. */
  const shizhouOf = (code) => {
    const d = byCode.get(code);
    if (!d) throw new Error(`unknown division ${code}`);
    if (d.parent_code === '429000') return d;
    if (d.level === 'county') return byCode.get(d.parent_code);
    return d;
  };
  return {
    divisions,
    byCode,
    seats,
    shizhou,
    townships,
    townshipsByCounty,
    counties,
    disciplines,
    legacy,
    shizhouOf,
  };
}

/** Long-distance area codes (长途区号) of the 17 市州 (仙桃/潜江/天门 share 0728; 神农架 uses 0719). */
export const AREA_CODES = {
  420100: '027',
  420200: '0714',
  420300: '0719',
  420500: '0717',
  420600: '0710',
  420700: '0711',
  420800: '0724',
  420900: '0712',
  421000: '0716',
  421100: '0713',
  421200: '0715',
  421300: '0722',
  422800: '0718',
  429004: '0728',
  429005: '0728',
  429006: '0728',
  429021: '0719',
};
