// Letter case read by hand where a regex would try every position of a whole text:
// V8 checks a Unicode class such as \p{Ll} by a call per character outside Latin-1.

const LOWER = /^\p{Ll}$/u;
const UPPER = /^\p{Lu}$/u;

/**
 * Whether `s` holds a lower-case letter right before an upper-case one: what
 * `/\p{Ll}\p{Lu}/u.test(s)` says (code points, a letter outside the BMP included),
 * with ASCII read from its code and only other characters asked of the classes.
 */
export function hasLowerThenUpper(s: string): boolean {
  let lower = false;
  for (let i = 0; i < s.length; ) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      if (lower && c >= 65 && c <= 90) return true;
      lower = c >= 97 && c <= 122;
      i++;
      continue;
    }
    const ch = String.fromCodePoint(s.codePointAt(i)!);
    if (lower && UPPER.test(ch)) return true;
    lower = LOWER.test(ch);
    i += ch.length;
  }
  return false;
}
