// Word scanning by character codes: the same cuts as a Unicode regex such as
// /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu, without its cost on every word of
// a corpus (ASCII is decided by range; any other character is asked of the
// regex once and remembered).

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Per BMP code unit: 0 not yet asked, 1 a letter or digit, 2 not. */
const known = new Uint8Array(0x10000);

/** Whether code point `c` is a letter or a digit (\p{L} or \p{N}). */
export function isLetterOrDigit(c: number): boolean {
  if (c < 0x80) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  if (c < 0x10000) {
    let v = known[c]!;
    if (v === 0) known[c] = v = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2;
    return v === 1;
  }
  return LETTER_OR_DIGIT.test(String.fromCodePoint(c));
}

const NUMBER = /\p{N}/u;

/** Whether code point `c` is a digit of any script (\p{N}). */
export function isNumber(c: number): boolean {
  return c < 0x80 ? c >= 48 && c <= 57 : isLetterOrDigit(c) && NUMBER.test(String.fromCodePoint(c));
}

/** A word's offsets, reused from call to call. */
export interface WordSpan {
  start: number;
  end: number;
}

/** End of the run of letters and digits starting at `i`. */
function runEnd(s: string, i: number): number {
  const n = s.length;
  while (i < n) {
    const c = s.codePointAt(i)!;
    if (!isLetterOrDigit(c)) break;
    i += c > 0xffff ? 2 : 1;
  }
  return i;
}

/**
 * The next word at or after `from` into `out`: a run of letters and digits, with further runs
 * joined by one character for which `joiner` holds (given its UTF-16 code and the code point
 * after it, itself a letter or digit). False when none is left.
 */
export function nextWord(s: string, from: number, joiner: (code: number, next: number) => boolean, out: WordSpan): boolean {
  const n = s.length;
  let i = from;
  while (i < n) {
    const c = s.codePointAt(i)!;
    if (isLetterOrDigit(c)) break;
    i += c > 0xffff ? 2 : 1;
  }
  if (i >= n) return false;
  out.start = i;
  i = runEnd(s, i);
  for (let next: number; i + 1 < n && isLetterOrDigit((next = s.codePointAt(i + 1)!)) && joiner(s.charCodeAt(i), next); ) i = runEnd(s, i + 1);
  out.end = i;
  return true;
}
