/**
 * Converts full-width ASCII (ＡＢＣ１２３，．－) and the ideographic space to their half-width forms,
 * so "１２．５" typed with a Chinese IME reads as "12.5".
 */
export function toHalfWidth(value: string): string {
  return value
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .replace(/。/g, '.');
}

/** Why a number input was rejected. */
export type NumberInputError =
  'empty' | 'not-a-number' | 'negative' | 'not-integer' | 'too-small' | 'too-large';

/** Result of {@link parseNumberInput}: a finite value, or the reason it was rejected. */
export type NumberInputResult = { ok: true; value: number } | { ok: false; error: NumberInputError };

/**
 * Parses what a person typed into a number field: full-width digits accepted, thousands separators and
 * spaces ignored, never NaN or Infinity. `min`/`max` are inclusive.
 */
export function parseNumberInput(
  raw: string | number | null | undefined,
  options: { min?: number; max?: number; integer?: boolean; allowNegative?: boolean } = {},
): NumberInputResult {
  const text = toHalfWidth(String(raw ?? ''))
    .replace(/[\s,_]/g, '')
    .trim();
  if (text === '') return { ok: false, error: 'empty' };
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(text)) return { ok: false, error: 'not-a-number' };
  const value = Number(text);
  if (!Number.isFinite(value)) return { ok: false, error: 'not-a-number' };
  if (value < 0 && !options.allowNegative) return { ok: false, error: 'negative' };
  if (options.integer && !Number.isInteger(value)) return { ok: false, error: 'not-integer' };
  if (options.min !== undefined && value < options.min) return { ok: false, error: 'too-small' };
  if (options.max !== undefined && value > options.max) return { ok: false, error: 'too-large' };
  return { ok: true, value };
}
