/** Stable ids for records a sheet gives without one: the same content gives the same id on every run. */

/** FNV-1a (32 bit) of `s`, as 7 base-36 digits. */
export function contentHash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36).toUpperCase().padStart(7, '0');
}
