import { isSpace } from "./space.js";

// A test of a window's last word without a regex: V8 tries a pattern anchored at the
// end (`\band\s+$`) from every position of the window, where the answer is in its
// last few characters.

/** A code unit `\w` matches under the `iu` flags: ASCII word characters, and the two that fold onto "k" and "s". */
function isWordIU(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 0x17f || c === 0x212a;
}

/** A code unit folded as `iu` folds onto lower-case ASCII (the long s and the Kelvin sign included). */
function foldIU(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  return c === 0x17f ? 115 : c === 0x212a ? 107 : c;
}

/** Whether `s` ends with `word` (lower-case ASCII letters) and one blank or more: what `/\bword\s+$/iu` tests. */
export function endsWithWord(s: string, word: string): boolean {
  const e = blanksFrom(s, s.length);
  return e < s.length && wordEndsAt(s, e, word);
}

const LETTER = /\p{L}/u;
const isLetter = (c: number): boolean => (c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : LETTER.test(String.fromCharCode(c)));

/** Start of the run of letters ending `s` at `e`, a letter outside the BMP (two code units) included. */
function lettersFrom(s: string, e: number): number {
  let a = e;
  while (a > 0) {
    const c = s.charCodeAt(a - 1);
    if (c >= 0xdc00 && c <= 0xdfff && a >= 2 && s.charCodeAt(a - 2) >= 0xd800 && s.charCodeAt(a - 2) <= 0xdbff) {
      if (!LETTER.test(s.slice(a - 2, a))) return a;
      a -= 2;
    } else if (isLetter(c)) a--;
    else return a;
  }
  return a;
}

/** Start of the blanks ending `s` at `e` (e itself when none). */
function blanksFrom(s: string, e: number): number {
  while (e > 0 && isSpace(s.charCodeAt(e - 1))) e--;
  return e;
}

/** Whether `word` (lower-case ASCII letters) ends at e in `s`, a word boundary before it, as `\bword` under `iu` reads. */
function wordEndsAt(s: string, e: number, word: string): boolean {
  const a = e - word.length;
  if (a < 0) return false;
  for (let i = 0; i < word.length; i++) if (foldIU(s.charCodeAt(a + i)) !== word.charCodeAt(i)) return false;
  return a === 0 || !isWordIU(s.charCodeAt(a - 1));
}

/** Whether `s` ends with one of `words` (lower-case ASCII letters) and blanks: what `/\b(?:w1|w2)\s+$/iu` tests. */
export function endsWithAnyWord(s: string, words: readonly string[]): boolean {
  const e = blanksFrom(s, s.length);
  return e < s.length && words.some((w) => wordEndsAt(s, e, w));
}

/**
 * Whether `s` ends with one of `words`, blanks, and at most one more run of letters and blanks:
 * what `/\b(?:w1|w2)\s+(?:\p{L}+\s+)?$/iu` tests (a run of letters is whole: a blank stands before it).
 */
export function endsWithWordThenOne(s: string, words: readonly string[]): boolean {
  const e = blanksFrom(s, s.length);
  if (e === s.length) return false;
  if (words.some((w) => wordEndsAt(s, e, w))) return true;
  const a = lettersFrom(s, e);
  if (a === e) return false;
  const e2 = blanksFrom(s, a);
  return e2 < a && words.some((w) => wordEndsAt(s, e2, w));
}
