// Letters and case over an article's text, read as a Unicode regex reads them (code points,
// \p{L}, case folding), for the scans that replace such regexes on the events stage's paths.

/**
 * The article lower-cased, for finding an ASCII word as the case-insensitive Unicode regex
 * does: only when lower-casing keeps every offset and the text has no "ſ" (which that regex
 * folds onto "s" and lower-casing keeps); else null. One slot: the article being read.
 */
let foldedFor: string | null = null;
let folded: string | null = null;
export function foldedText(text: string): string | null {
  if (text !== foldedFor) {
    const lower = lowerCased(text);
    folded = lower.length === text.length && !text.includes("\u017f") ? lower : null;
    foldedFor = text;
  }
  return folded;
}

let lowerFor: string | null = null;
let lower = "";
/** `text.toLowerCase()`, made once for the article being read (the matcher and the preposition search both need it). */
export function lowerCased(text: string): string {
  if (text !== lowerFor) (lower = text.toLowerCase()), (lowerFor = text);
  return lower;
}

const LETTER = /\p{L}/u;
/** Per BMP code unit: 0 not yet asked, 1 a letter, 2 not. */
const letters = new Uint8Array(0x10000);
/** Whether code point `c` is a letter (\p{L}). */
export function isLetter(c: number): boolean {
  if (c < 0x80) return (c | 32) >= 97 && (c | 32) <= 122;
  if (c >= 0x10000) return LETTER.test(String.fromCodePoint(c));
  let v = letters[c]!;
  if (v === 0) letters[c] = v = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
  return v === 1;
}

/** Whether the code point ending right before `at` (and not before `floor`) is a letter, as a Unicode lookbehind reads it. */
export function letterBefore(text: string, at: number, floor: number): boolean {
  if (at <= floor) return false;
  const c = text.charCodeAt(at - 1);
  if (c >= 0xdc00 && c <= 0xdfff && at - 2 >= floor) {
    const h = text.charCodeAt(at - 2);
    if (h >= 0xd800 && h <= 0xdbff) return isLetter((h - 0xd800) * 0x400 + (c - 0xdc00) + 0x10000);
  }
  return isLetter(c);
}

/** Whether the code point starting at `at` (before `end`) is a letter, as a Unicode lookahead reads it. */
export function letterAt(text: string, at: number, end: number): boolean {
  if (at >= Math.min(end, text.length)) return false;
  const c = text.charCodeAt(at);
  if (c >= 0xd800 && c <= 0xdbff && at + 1 < end) {
    const l = text.charCodeAt(at + 1);
    if (l >= 0xdc00 && l <= 0xdfff) return isLetter((c - 0xd800) * 0x400 + (l - 0xdc00) + 0x10000);
  }
  return isLetter(c);
}

