import { describe, expect, it } from "vitest";
import { hasLowerThenUpper } from "../loaders/text/cases.js";

// Strings written for this test, and strings drawn from an alphabet of every kind of character
// the classes tell apart: ASCII, Latin-1 and Greek letters of both cases, a title-case letter
// (neither class), modifier letters, astral letters of both cases, lone surrogates, digits.
const PATTERN = /\p{Ll}\p{Lu}/u;
const ALPHABET = ["a", "z", "A", "Z", "m", "Q", "0", " ", "-", "'", "’", ".", "é", "É", "ß", "ÿ", "Ÿ", "σ", "Σ", "ǅ", "ʰ", "ſ", "K", "\u{1d400}", "\u{1d41a}", "\u{10428}", "\u{10400}", "\ud801", "\udc00", "日", "١"];
const SAMPLES = ["eVaro Inc. said", "the Estovia board", "iWidget", "naïveÉtat", "σΣ", "ǅa", "aǅ", "x\u{1d400}", "\u{1d41a}A", "\u{10428}\u{10400}", "a\ud801\udc00", "\udc00A", "", "ABC def"];

function* generated(count: number): Generator<string> {
  let seed = 7;
  const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed);
  for (let i = 0; i < count; i++) {
    let s = "";
    for (let n = next() % 9; n > 0; n--) s += ALPHABET[next() % ALPHABET.length];
    yield s;
  }
}

describe("hasLowerThenUpper", () => {
  it("says what /\\p{Ll}\\p{Lu}/u says", () => {
    for (const s of [...SAMPLES, ...generated(50_000)]) expect(hasLowerThenUpper(s), JSON.stringify(s)).toBe(PATTERN.test(s));
  });
});
