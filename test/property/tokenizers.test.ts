import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tokenize } from "../../loaders/figures/tokens.js";

// The figures tokenizer tries plain ASCII words before its Unicode rules, for speed:
// it must cut exactly where the Unicode rules alone would.
const REFERENCE = /\d+(?:,\d{3})*(?:\.\d+)?|\p{L}+(?:['’]\p{L}+)*|\S/gu;
const pieces = fc.constantFrom("Japan’s", "don't", "12,000", "1.5bn", "café", "naïve", "Moravskyy", "’", "'", "-", "e\u0301", "İ", "ß", " ", "\n", "x'", "US$5");

describe("figures tokenizer", () => {
  it("cuts like the Unicode rules alone", () => {
    fc.assert(
      fc.property(fc.oneof(fc.array(fc.oneof(pieces, fc.string({ maxLength: 4 })), { maxLength: 40 }).map((xs) => xs.join("")), fc.string({ unit: "grapheme", maxLength: 80 })), (text) => {
        expect(tokenize(text).map((t) => `${t.start}:${t.text}`)).toEqual([...text.matchAll(REFERENCE)].map((m) => `${m.index}:${m[0]}`));
      }),
      { numRuns: 500 },
    );
  });
});
