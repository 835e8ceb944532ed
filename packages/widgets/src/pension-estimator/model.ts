/**
 * Form model of <hbrs-pension-estimator>: the fields, their bounds, parsing of what a person typed
 * (full-width digits accepted). No DOM, no policy engine: each tab's model and view are in its own module
 * (`adjustment.ts`, `retirement.ts`), loaded when that tab is first needed.
 */
import { parseNumberInput, type NumberInputError } from '@hbrs/core';

/** The two modes of the estimator. */
export type PensionMode = 'adjustment' | 'retirement';
export const MODES: readonly PensionMode[] = ['adjustment', 'retirement'];

/**
 * Numeric fields and their bounds (inclusive): adjustment tab, retirement tab, index helper. `positive`: the
 * value must be greater than 0 (a pension of 0 is no pension to adjust).
 */
export const SPECS = {
  pension: { min: 0, max: 100000, positive: true },
  years: { min: 0, max: 70 },
  aby: { min: 1900, max: 2100, integer: true },
  base: { min: 1, max: 100000 },
  index: { min: 0.6, max: 3 },
  ry: { min: 0, max: 60 },
  deemed: { min: 0, max: 50, optional: true },
  balance: { min: 0, max: 100000000 },
  cbal: { min: 0, max: 100000000, optional: true },
  wage: { min: 0, max: 1000000 },
  left: { min: 0, max: 50, integer: true },
  rate: { min: 0, max: 20, optional: true },
  ageY: { min: 40, max: 70, integer: true },
  ageM: { min: 0, max: 11, integer: true, optional: true },
  rby: { min: 1930, max: 2100, integer: true, optional: true },
  iw: { min: 0, max: 1000000 },
  ia: { min: 1, max: 1000000 },
} as const satisfies Record<string, FieldSpec>;

/** How a numeric field is checked (see `parseNumberInput` of `@hbrs/core`). */
interface FieldSpec {
  min: number;
  max: number;
  integer?: boolean;
  optional?: boolean;
  positive?: boolean;
}

export type NumericField = keyof typeof SPECS;
/** Every field kept as the text the person typed or chose (`ayear`: the year of the adjustment plan asked about). */
export type FieldName = NumericField | 'abm' | 'remote' | 'city' | 'acct' | 'rbm' | 'cat' | 'ayear';
export type Values = Partial<Record<FieldName, string>>;

/** Fields mirrored in the URL (the index helper stays local). */
export const URL_FIELDS: readonly FieldName[] = [
  'ayear',
  'pension',
  'years',
  'aby',
  'abm',
  'remote',
  'city',
  'base',
  'index',
  'ry',
  'deemed',
  'acct',
  'balance',
  'cbal',
  'wage',
  'left',
  'rate',
  'ageY',
  'ageM',
  'rby',
  'rbm',
  'cat',
];

export type Parsed = { ok: true; value: number | undefined } | { ok: false; error: NumberInputError };

/** Parses one numeric field; an optional empty field is `{ ok: true, value: undefined }`. */
export function parseField(values: Values, name: NumericField, maxYear?: number): Parsed {
  const spec: FieldSpec = SPECS[name];
  const raw = values[name] ?? '';
  if (spec.optional && raw.trim() === '') return { ok: true, value: undefined };
  const max = maxYear !== undefined && (name === 'aby' || name === 'rby') ? maxYear : spec.max;
  return parseNumberInput(raw, { min: spec.min, max, integer: spec.integer, positive: spec.positive });
}

/** Bounds shown in an out-of-range message. */
export function boundsOf(name: NumericField, maxYear?: number): { min: number; max: number } {
  const spec = SPECS[name];
  return {
    min: spec.min,
    max: maxYear !== undefined && (name === 'aby' || name === 'rby') ? maxYear : spec.max,
  };
}

/** Year (and month) today in Asia/Shanghai. */
export function todayInShanghai(now: Date = new Date()): { year: number; month: number } {
  // en-CA formats as YYYY-MM-DD.
  const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' })
    .format(now)
    .split('-');
  return { year: Number(year), month: Number(month) };
}

const pad2 = (m: number): string => String(m).padStart(2, '0');

/** `'YYYY-MM'` from a year and a month field, or undefined. */
export function yearMonth(year: number | undefined, month: string | undefined): string | undefined {
  const m = Number(month);
  if (year === undefined || !Number.isInteger(m) || m < 1 || m > 12) return undefined;
  return `${year}-${pad2(m)}`;
}

export const num = (p: Parsed): number | undefined => (p.ok ? p.value : undefined);

/** A term with a help text (a "?" button by its field, and an entry of the glossary). */
export type Term = 'base' | 'index' | 'months' | 'deemed';
export const TERMS: readonly Term[] = ['base', 'index', 'months', 'deemed'];
/** Keys of a term's name and definition in the element's texts. */
export const TERM_KEYS = {
  base: ['termBase', 'defBase'],
  index: ['termIndex', 'defIndex'],
  months: ['termMonths', 'defMonths'],
  deemed: ['termDeemed', 'defDeemed'],
} as const;
