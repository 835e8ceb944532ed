/**
 * Shared building blocks of the data model: codes, dates, points, contacts, provenance, search fields.
 * @module
 */
import * as v from 'valibot';
import {
  CRS_CODES,
  EDUCATION_LEVELS,
  type CrsCode,
  type EducationCode,
  type EducationLabel,
} from './vocab.js';

/** A 6-digit GB/T 2260 division code in Hubei (`42xxxx`), e.g. `420102` 江岸区. */
export type DivisionCode = string;
/** A 9-digit 统计用区划代码 of a township (乡/镇/街道) in Hubei, e.g. `420102002` 大智街道. */
export type TownshipCode = string;
/** ISO 8601 date-time with offset, e.g. `2026-02-12T09:00:00+08:00`. */
export type DateTimeString = string;
/** ISO 8601 calendar date, e.g. `2026-02-04`. */
export type DateString = string;

/** A point on the earth. Coordinates are decimal degrees in the stated `crs` (feeds use WGS84). */
export interface GeoPoint {
  /** Longitude, degrees east. */
  lng: number;
  /** Latitude, degrees north. */
  lat: number;
  /** Coordinate reference system of `lng`/`lat`; `WGS84` when the input leaves it out. */
  crs: CrsCode;
}

/** Contact details (金保 AAE004 联系人, AAE005 联系电话, AAE159 邮箱). */
export interface Contact {
  /** Contact person or desk. */
  name?: string;
  /** Phone number as published, e.g. `027-00000000` or `12333`. */
  phone?: string;
  /** E-mail address. */
  email?: string;
}

/** Provenance of a record. */
export interface SourceRef {
  /** Platform the record came from, e.g. `湖北公共招聘网`, `中国博士后网`, or `synthetic` for sample data. */
  platform: string;
  /** URL of the record at the source. */
  url?: string;
  /** Identifier at the source. */
  sourceId?: string;
  /** When the record was fetched from the source. */
  fetchedAt?: DateTimeString;
}

/** Minimum education (GB/T 4658 categories, 金保 AAC011). */
export interface EducationLevel {
  /** Category code; `00` = 不限. */
  code: EducationCode;
  /** zh-CN label matching `code` (filled in from `code` when a feed leaves it out). */
  label: EducationLabel;
  /** `true` = "及以上" (this level or above); defaults to `true`. */
  orAbove: boolean;
}

/**
 * Search helper fields every decoded record may carry, computed when the data set is built (not in the browser).
 * Keyword search matches Chinese text, `pinyin` and `initials`, so `wuhan` and `wh` both find 武汉.
 */
export interface Searchable {
  /** Space-separated toneless pinyin syllables of the record's main searchable text, lower case. */
  pinyin?: string;
  /** First letters of those syllables, no spaces, lower case (e.g. `whs` for 武汉市). */
  initials?: string;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME_RE =
  /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d+)?)?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

function validYmd(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

/** Whether `s` is a valid ISO calendar date `YYYY-MM-DD`. */
export function isIsoDate(s: string): boolean {
  const m = DATE_RE.exec(s);
  return m !== null && validYmd(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Whether `s` is a valid ISO 8601 date-time with an explicit offset (`Z` or `±HH:MM`). */
export function isIsoDateTime(s: string): boolean {
  const m = DATE_TIME_RE.exec(s);
  return m !== null && validYmd(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** @internal Non-empty trimmed string. */
export const NonEmptyString = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));

/** @internal Optional string; empty strings are treated as absent. */
export const OptString = v.optional(
  v.pipe(
    v.string(),
    v.trim(),
    v.transform((s) => (s === '' ? undefined : s)),
  ),
);

/** @internal Division code schema. */
export const DivisionCodeSchema = v.pipe(
  v.string(),
  v.regex(/^42\d{4}$/, 'must be a 6-digit Hubei GB/T 2260 code (42xxxx)'),
);
/** @internal Township code schema. */
export const TownshipCodeSchema = v.pipe(
  v.string(),
  v.regex(/^42\d{7}$/, 'must be a 9-digit Hubei township code (42xxxxxxx)'),
);
/** @internal Date schema. */
export const DateSchema = v.pipe(v.string(), v.check(isIsoDate, 'must be a date YYYY-MM-DD'));
/** @internal Date-time schema. */
export const DateTimeSchema = v.pipe(
  v.string(),
  v.check(isIsoDateTime, 'must be an ISO 8601 date-time with offset, e.g. 2026-02-12T09:00:00+08:00'),
);

/** @internal Geo point schema (Hubei bounding box, as in common.schema.json). */
export const GeoPointSchema: v.GenericSchema<unknown, GeoPoint> = v.object({
  lng: v.pipe(
    v.number(),
    v.finite(),
    v.minValue(108.3, 'lng outside Hubei (108.3–116.2)'),
    v.maxValue(116.2, 'lng outside Hubei (108.3–116.2)'),
  ),
  lat: v.pipe(
    v.number(),
    v.finite(),
    v.minValue(29.0, 'lat outside Hubei (29.0–33.3)'),
    v.maxValue(33.3, 'lat outside Hubei (29.0–33.3)'),
  ),
  crs: v.optional(v.picklist(CRS_CODES), 'WGS84'),
});

/** @internal Contact schema. */
export const ContactSchema: v.GenericSchema<unknown, Contact> = v.object({
  name: OptString,
  phone: OptString,
  email: OptString,
});

/** @internal Source schema. */
export const SourceSchema: v.GenericSchema<unknown, SourceRef> = v.object({
  platform: NonEmptyString,
  url: OptString,
  sourceId: OptString,
  fetchedAt: v.optional(DateTimeSchema),
});

const EDU_CODES = EDUCATION_LEVELS.map((e) => e.code) as unknown as readonly [
  EducationCode,
  ...EducationCode[],
];
const EDU_LABELS = EDUCATION_LEVELS.map((e) => e.zh) as unknown as readonly [
  EducationLabel,
  ...EducationLabel[],
];

/** @internal Education level schema: `label` is filled from `code` and must agree with it when present. */
export const EducationSchema: v.GenericSchema<unknown, EducationLevel> = v.pipe(
  v.object({
    code: v.picklist(EDU_CODES),
    label: v.optional(v.picklist(EDU_LABELS)),
    orAbove: v.optional(v.boolean(), true),
  }),
  v.check(
    (e) => e.label === undefined || EDUCATION_LEVELS.some((l) => l.code === e.code && l.zh === e.label),
    'education label does not match its code',
  ),
  v.transform((e) => ({
    code: e.code,
    label: EDUCATION_LEVELS.find((l) => l.code === e.code)!.zh,
    orAbove: e.orAbove,
  })),
);

/** @internal Search fields, shared by every record schema. */
export const searchableEntries = {
  pinyin: v.optional(v.pipe(v.string(), v.toLowerCase())),
  initials: v.optional(v.pipe(v.string(), v.toLowerCase())),
};

/** @internal Array that defaults to `[]` when absent. */
export function optArray<T extends v.GenericSchema>(item: T) {
  return v.optional(v.array(item), () => []);
}
