/**
 * Exact decimal / rational arithmetic for money.
 *
 * All pension figures are computed with exact rationals over `bigint` and rounded **once per published part**,
 * half-up to the fen (分), so no floating-point drift can change a printed yuan amount.
 * @module
 */
import { PolicyError, describeValue } from './errors.js';

/** An exact rational number `n / d` with `d > 0`, in lowest terms. */
export interface Ratio {
  /** Numerator. */
  readonly n: bigint;
  /** Denominator, always positive. */
  readonly d: bigint;
}

const gcd = (a: bigint, b: bigint): bigint => {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
};

/** Builds a normalised ratio `n / d`. */
export function ratio(n: bigint, d: bigint = 1n): Ratio {
  if (d === 0n) throw new RangeError('ratio: zero denominator');
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const g = gcd(n, d) || 1n;
  return { n: n / g, d: d / g };
}

/**
 * Converts a finite JS number to the exact decimal it prints as (`0.1` → 1/10, `1e-7` → 1/10⁷).
 *
 * The shortest round-trip decimal of a double is what the user typed, so this is the value the user meant.
 * @throws {@link PolicyError} `INVALID_NUMBER` for NaN / ±Infinity
 */
export function fromNumber(x: number, field = 'value'): Ratio {
  if (!Number.isFinite(x)) {
    throw new PolicyError(
      'INVALID_NUMBER',
      `${field} must be a finite number, got ${describeValue(x)}`,
      `${field} 必须是有限数值，实际为 ${describeValue(x)}`,
      { field, value: x },
    );
  }
  return fromDecimalString(String(x));
}

/** Parses a plain or exponent decimal string (`"-12.5"`, `"1e-7"`) into an exact ratio. */
export function fromDecimalString(s: string): Ratio {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i.exec(s.trim());
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) throw new RangeError(`not a decimal: ${s}`);
  const sign = m[1] === '-' ? -1n : 1n;
  const intPart = m[2] ?? '';
  const frac = m[3] ?? '';
  const exp = Number(m[4] ?? '0') - frac.length;
  let n = BigInt((intPart + frac).replace(/^0+(?=\d)/, '') || '0') * sign;
  let d = 1n;
  if (exp >= 0) n *= 10n ** BigInt(exp);
  else d = 10n ** BigInt(-exp);
  return ratio(n, d);
}

/** a + b */
export const add = (a: Ratio, b: Ratio): Ratio => ratio(a.n * b.d + b.n * a.d, a.d * b.d);
/** a − b */
export const sub = (a: Ratio, b: Ratio): Ratio => ratio(a.n * b.d - b.n * a.d, a.d * b.d);
/** a × b */
export const mul = (a: Ratio, b: Ratio): Ratio => ratio(a.n * b.n, a.d * b.d);
/** a ÷ b (b ≠ 0) */
export const div = (a: Ratio, b: Ratio): Ratio => {
  if (b.n === 0n) throw new RangeError('division by zero');
  return ratio(a.n * b.d, a.d * b.n);
};
/** Compares a and b: −1, 0 or 1. */
export const cmp = (a: Ratio, b: Ratio): -1 | 0 | 1 => {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
};
/** The integer `k` as a ratio. */
export const int = (k: number | bigint): Ratio => ratio(BigInt(k), 1n);

/**
 * Rounds `r` half-up (half away from zero) to an integer.
 *
 * This is the rounding convention of Chinese social-security notices (四舍五入).
 */
export function roundHalfUp(r: Ratio): bigint {
  const neg = r.n < 0n;
  const an = neg ? -r.n : r.n;
  const q = (2n * an + r.d) / (2n * r.d);
  return neg ? -q : q;
}

/** Rounds a yuan amount half-up to whole fen (1 元 = 100 分). */
export function toFen(yuan: Ratio): number {
  return Number(roundHalfUp(mul(yuan, int(100))));
}

/** Converts integer fen to a yuan number with at most two decimals (e.g. 123456 → 1234.56). */
export function fenToYuan(fen: number): number {
  return Number((fen / 100).toFixed(2));
}

/** Rounds `r` half-up to `digits` decimals and returns it as a JS number. */
export function roundToNumber(r: Ratio, digits: number): number {
  const scale = 10n ** BigInt(digits);
  const q = roundHalfUp(mul(r, ratio(scale)));
  return Number(q) / Number(scale);
}

/** Converts a ratio to the nearest JS number (for display only, never for further money arithmetic). */
export function toNumber(r: Ratio): number {
  return Number(r.n) / Number(r.d);
}
