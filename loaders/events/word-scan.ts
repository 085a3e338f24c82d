import { isLetterOrDigit, type WordSpan } from "../text/scan.js";

// The matcher's walk over the words of an article: words cut as text/scan.ts cuts them,
// with ASCII decided in line, the scan over every word being most of the matcher's time.

/** Words are runs of letters and digits joined by a hyphen or an apostrophe. */
const joinsWord = (c: number) => c === 0x2d || c === 0x27 || c === 0x2019;
const asciiLetterOrDigit = (c: number) => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
const letterOrDigitAt = (s: string, i: number) => {
  const c = s.charCodeAt(i);
  return c < 0x80 ? asciiLetterOrDigit(c) : isLetterOrDigit(s.codePointAt(i)!);
};

/** End of the run of letters and digits starting at `i`. */
function runEnd(s: string, i: number): number {
  for (const n = s.length; i < n; ) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if (!asciiLetterOrDigit(c)) break;
      i++;
      continue;
    }
    const cp = s.codePointAt(i)!;
    if (!isLetterOrDigit(cp)) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

/**
 * The next word at or after `from`, cut as scan.ts's `nextWord` cuts it with `joinsWord`
 * (runs of letters and digits joined by a hyphen or an apostrophe); ASCII is decided in line,
 * the scan over every word of the article being most of the matcher's time.
 */
export function nextWord(s: string, from: number, out: WordSpan): boolean {
  const n = s.length;
  let i = from;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if (asciiLetterOrDigit(c)) break;
      i++;
      continue;
    }
    const cp = s.codePointAt(i)!;
    if (isLetterOrDigit(cp)) break;
    i += cp > 0xffff ? 2 : 1;
  }
  if (i >= n) return false;
  out.start = i;
  i = runEnd(s, i);
  while (i + 1 < n && joinsWord(s.charCodeAt(i)) && letterOrDigitAt(s, i + 1)) i = runEnd(s, i + 1);
  out.end = i;
  return true;
}
