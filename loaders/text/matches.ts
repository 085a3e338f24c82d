// `text.matchAll(re)` builds a copy of `re` on every call (the spec's species constructor),
// and in a whole extraction V8 matched through such copies far more slowly than through `re`
// itself: the copy of a large alternation cost many times its scan. `matchesOf` runs `re`
// itself, with the same results.

/**
 * The matches of the global regex `re` in `text`, exactly as `text.matchAll(re)` yields them
 * (from `re.lastIndex`, past an empty match by one character, or one code point under the u
 * or v flag). `re.lastIndex` is as it was whenever the caller's code runs, so the loop's body
 * may use `re` itself.
 */
export function* matchesOf(re: RegExp, text: string): Generator<RegExpExecArray, void, undefined> {
  if (!re.global) throw new TypeError("matchesOf needs a global regex");
  const unicode = re.unicode || re.flags.includes("v");
  const saved = re.lastIndex;
  let at = saved;
  for (;;) {
    re.lastIndex = at;
    const m = re.exec(text);
    at = re.lastIndex;
    re.lastIndex = saved;
    if (!m) return;
    if (m[0] === "") at = advance(text, at, unicode);
    yield m;
  }
}

/** The index after `i`, stepping over a whole surrogate pair when `unicode` (the spec's AdvanceStringIndex). */
function advance(text: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= text.length) return i + 1;
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return i + 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1;
}
