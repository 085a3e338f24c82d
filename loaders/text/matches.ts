// `text.matchAll(re)` builds a copy of `re` on every call (the spec's species constructor),
// and in a whole extraction V8 matched through such copies far more slowly than through `re`
// itself: the copy of a large alternation cost many times its scan. `matchesOf` runs `re`
// itself, with the same results, and collects them in an array: an iterator or generator
// stepped once per match cost more than the matching of a small pattern.

/**
 * The matches of the global regex `re` in `text`, exactly as `text.matchAll(re)` yields them
 * (from `re.lastIndex`, past an empty match by one character, or one code point under the u
 * or v flag), all found before the caller reads the first. `re.lastIndex` is left as it was.
 */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError("matchesOf needs a global regex");
  const saved = re.lastIndex;
  const out: RegExpExecArray[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    if (m[0] === "") re.lastIndex = advance(text, re.lastIndex, re.unicode || re.flags.includes("v"));
  }
  re.lastIndex = saved;
  return out;
}

/** The index after `i`, stepping over a whole surrogate pair when `unicode` (the spec's AdvanceStringIndex). */
function advance(text: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= text.length) return i + 1;
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return i + 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1;
}
