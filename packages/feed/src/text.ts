/**
 * Bytes to text for CSV files as departments save them: UTF-8 with or without a BOM, or GB18030/GBK (what a
 * Chinese Windows Excel writes for "CSV"). Uses the Encoding Standard's `TextDecoder`, so it runs in browsers and
 * Node alike.
 * @module
 */

/** The encoding a CSV was read with. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'gb18030';

/** Decodes `bytes`, detecting the encoding: a BOM wins; valid UTF-8 is UTF-8; anything else is GB18030. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // GB18030 is a superset of GBK and GB2312: one decoder serves all three.
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}

/**
 * Full-width ASCII (０-９, Ａ-Ｚ, ：, －, ，…) and the ideographic space to their ASCII forms. Chinese punctuation that
 * has no ASCII twin in the same role (、。「」) is kept.
 */
export function toHalfWidth(s: string): string {
  return s
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}

/** Trims and folds runs of white space (including the ideographic space and no-break space) to one space. */
export function tidySpaces(s: string): string {
  return s.replace(/[\s\u3000\u00a0]+/g, ' ').trim();
}
