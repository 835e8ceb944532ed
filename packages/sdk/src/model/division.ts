/**
 * Administrative divisions (GB/T 2260).
 * @module
 */
import * as v from 'valibot';
import {
  GeoPointSchema,
  NonEmptyString,
  searchableEntries,
  type GeoPoint,
  type Searchable,
} from './common.js';
import { DIVISION_LEVELS, type DivisionLevel } from './vocab.js';

/** An administrative division of Hubei: the province, a prefecture, the 429000 grouping row, or a county-level unit. */
export interface Division extends Searchable {
  /** 6-digit GB/T 2260 code. */
  code: string;
  /** Official name, e.g. 江岸区. */
  name: string;
  /** Level. */
  level: DivisionLevel;
  /** Parent's code; absent for the province. */
  parentCode?: string;
  /** Seat (government seat) point, WGS84, seat-level accuracy. */
  seat?: GeoPoint;
}

/** @internal Runtime schema of a {@link Division} feed item. */
export const DivisionSchema: v.GenericSchema<unknown, Division> = v.pipe(
  v.object({
    code: v.pipe(v.string(), v.regex(/^42\d{4}$/, 'must be a 6-digit Hubei GB/T 2260 code (42xxxx)')),
    name: NonEmptyString,
    level: v.picklist(DIVISION_LEVELS),
    parentCode: v.optional(v.pipe(v.string(), v.regex(/^\d{6}$/, 'parentCode must be a 6-digit code'))),
    seat: v.optional(GeoPointSchema),
    ...searchableEntries,
  }),
  v.check(
    (d) => d.level === 'province' || d.parentCode !== undefined,
    'a non-province division needs parentCode',
  ),
);
