import { describe, expect, it } from "vitest";
import { matchesOf } from "../loaders/text/matches.js";

// Sentences written for this test. matchesOf must yield what String.prototype.matchAll
// yields, empty matches and surrogate pairs included, and leave the regex's lastIndex alone.
const TEXTS = [
  "Marlow rebels seized the Tansy depot; Ostrava police said on Monday they had left.",
  "𝔸𝔹 astral letters, 😀 an emoji, x\ud800 a lone high, \udc00y a lone low, naïve café",
  "", " ", "a", "ſtrike K",
];
const PATTERNS = [
  /\b(?:rebels|police|depot)\b/gi,
  /\b(?:rebels|police|depot)\b/giu,
  /\s*/g,
  /\s*/gu,
  new RegExp("(?:)", "gv"),
  /\p{L}*/gu,
  /(?<=\p{Lu}\p{Ll}+\s)(\p{Ll}+)/gu,
  /[😀]|x/gu,
  /./g,
];
const view = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => [m.index, [...m]]);

describe("matchesOf", () => {
  it("yields what matchAll yields", () => {
    for (const re of PATTERNS)
      for (const text of TEXTS) expect(view(matchesOf(re, text)), `${re} on ${JSON.stringify(text)}`).toEqual(view(text.matchAll(re)));
  });

  it("starts at lastIndex and leaves it as it was, even for the loop's own use of the regex", () => {
    const re = /\b\p{Lu}\p{Ll}+/gu;
    const text = "Marlow met Tansy and Ostrava in Brel.";
    re.lastIndex = 7;
    const expected = view(text.matchAll(re));
    const seen: [number | undefined, string[]][] = [];
    for (const m of matchesOf(re, text)) {
      expect(re.lastIndex).toBe(7);
      expect(re.test(text)).toBe(true);
      re.lastIndex = 7;
      seen.push([m.index, [...m]]);
    }
    expect(seen).toEqual(expected);
    expect(re.lastIndex).toBe(7);
  });

  it("refuses a regex that is not global, as matchAll does", () => {
    expect(() => [...matchesOf(/a/, "a")]).toThrow(TypeError);
  });
});
