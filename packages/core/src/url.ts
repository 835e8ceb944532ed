/** Link schemes a widget may render; everything else (javascript:, data:, vbscript:…) is dropped. */
export const SAFE_SCHEMES = ['http:', 'https:', 'tel:'] as const;

/**
 * Returns `value` as an absolute URL string if it parses and uses one of `schemes`, else `undefined`.
 * Use it for every link built from data: `href=${safeUrl(x) ?? nothing}`.
 */
export function safeUrl(
  value: unknown,
  schemes: readonly string[] = SAFE_SCHEMES,
  base?: string,
): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  try {
    const url = base ? new URL(value.trim(), base) : new URL(value.trim());
    return schemes.includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
