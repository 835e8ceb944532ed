/**
 * `figureSource`: the provenance of any single figure the engine uses, for "where does this number come from?"
 * footnotes in widgets.
 * @module
 */
import { ANNUITY_MAX_AGE, ANNUITY_MIN_AGE } from './data/annuity-table.js';
import { HUBEI_CONTRIBUTION_BASE, HUBEI_PENSION_BASE } from './data/hubei-params.js';
import { ACCOUNT_INTEREST_RATES } from './data/interest-rates.js';
import { PolicyError, describeValue } from './errors.js';
import { hubeiRegion } from './hubei.js';
import type { Confidence, PolicySource, PolicySourceId } from './sources.js';
import { policySource } from './sources.js';

/** Reference to one figure. */
export type FigureRef =
  | { readonly figure: 'retirement-age' }
  | { readonly figure: 'min-contribution' }
  | { readonly figure: 'flexible-retirement' }
  | { readonly figure: 'pension-formula' }
  | { readonly figure: 'annuity-months'; readonly age: number; readonly months?: number }
  | { readonly figure: 'interest-rate'; readonly year: number }
  | { readonly figure: 'account-contribution-rate' }
  | { readonly figure: 'transitional-coefficient' }
  | { readonly figure: 'pension-base'; readonly city: string; readonly year: number }
  | { readonly figure: 'contribution-base'; readonly city: string; readonly year: number }
  | { readonly figure: 'national-adjustment'; readonly year: number }
  | { readonly figure: 'hubei-adjustment'; readonly year: number };

/** Provenance of one figure: the source record plus the confidence of that particular value. */
export interface FigureProvenance {
  /** The source record. */
  readonly source: PolicySource;
  /** Additional sources (e.g. the interpolation convention for month-level 计发月数). */
  readonly related: readonly PolicySource[];
  /** Confidence of this figure (may be lower than the source's general confidence). */
  readonly confidence: Confidence;
  /** `true` only if this figure is taken from an official document. */
  readonly official: boolean;
}

const unknown = (ref: unknown): PolicyError =>
  new PolicyError(
    'UNKNOWN_SOURCE',
    `no provenance for figure ${describeValue(ref)}`,
    `没有该数值的来源信息：${describeValue(ref)}`,
    { value: ref },
  );

const of = (
  id: PolicySourceId,
  related: PolicySourceId[] = [],
  confidence?: Confidence,
): FigureProvenance => {
  const source = policySource(id);
  return {
    source,
    related: related.map(policySource),
    confidence: confidence ?? source.confidence,
    official: source.official && (confidence === undefined || confidence === 'HIGH'),
  };
};

/**
 * Where a figure comes from: document number, URLs, confidence, official or not.
 * @throws {@link PolicyError} `UNKNOWN_SOURCE` for an unknown reference or a value not in the tables
 *
 * @example
 * ```ts
 * figureSource({ figure: 'annuity-months', age: 47 }).confidence;          // 'LOW'
 * figureSource({ figure: 'pension-base', city: '武汉', year: 2025 }).source.document;
 * ```
 */
export function figureSource(ref: FigureRef): FigureProvenance {
  if (typeof ref !== 'object' || ref === null) throw unknown(ref);
  switch (ref.figure) {
    case 'retirement-age':
    case 'min-contribution':
    case 'flexible-retirement':
    case 'pension-formula':
    case 'account-contribution-rate':
      return of(ref.figure);
    case 'annuity-months': {
      const months = ref.months ?? 0;
      if (
        !Number.isInteger(ref.age) ||
        !Number.isInteger(months) ||
        months < 0 ||
        months > 11 ||
        ref.age < ANNUITY_MIN_AGE ||
        ref.age * 12 + months > ANNUITY_MAX_AGE * 12
      )
        throw unknown(ref);
      const touches47 = ref.age === 47 || (months > 0 && ref.age + 1 === 47);
      if (months > 0) {
        return of(
          'annuity-interpolation',
          touches47 ? ['annuity-table', 'annuity-age-47'] : ['annuity-table'],
          touches47 ? 'LOW' : 'MED',
        );
      }
      return touches47 ? of('annuity-age-47', ['annuity-table']) : of('annuity-table');
    }
    case 'interest-rate': {
      const r = ACCOUNT_INTEREST_RATES[ref.year];
      if (!r) throw unknown(ref);
      return of(r.source, [], r.confidence);
    }
    case 'transitional-coefficient':
      return of('hubei-transitional-coefficient', ['transitional-pension']);
    case 'pension-base': {
      const region = hubeiRegion(ref.city);
      const v = HUBEI_PENSION_BASE[ref.year]?.[region.code];
      if (!v) throw unknown(ref);
      return of('hubei-pension-base', [], v.confidence);
    }
    case 'contribution-base': {
      const region = hubeiRegion(ref.city);
      const tier = HUBEI_CONTRIBUTION_BASE[ref.year]?.find((t) => t.regions.includes(region.code));
      if (!tier) throw unknown(ref);
      return of('hubei-contribution-base-2025', ['contribution-base-bounds'], tier.confidence);
    }
    case 'national-adjustment':
      if (ref.year === 2025) return of('national-adjustment-2025');
      if (ref.year === 2024) return of('national-adjustment-2024');
      throw unknown(ref);
    case 'hubei-adjustment':
      if (ref.year === 2025) return of('hubei-adjustment-2025', ['national-adjustment-2025']);
      throw unknown(ref);
    default:
      throw unknown(ref);
  }
}
