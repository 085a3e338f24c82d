// One code unit tested against `\s` without a regex call: loops that step over blanks one
// character at a time ran a regex per character.

/** Whether a UTF-16 code is one `\s` matches (ECMAScript white space and line terminators). */
export function isSpace(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
