import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractDates } from "../../loaders/dates/index.js";
import { extractFigures } from "../../loaders/figures/index.js";
import { extractQuotes } from "../../loaders/quotes/index.js";
import type { ResolvedMention } from "../../loaders/types.js";
import { doc } from "./helpers.js";

// Text built from the pieces these stages react to (numbers, qualifiers, quote
// marks, speech verbs, dates, line breaks) mixed with arbitrary unicode: whatever
// comes in, nothing throws and every row's offsets index the text.
const piece = fc.oneof(
  fc.constantFrom(
    "About", "up to", "more than", "a dozen", "hundreds of", "12,000", "1.5bn", "$2", "€50", "¥1.5 trillion", "40%",
    "five-hour", "-", "–", "two-thirds of", "troops", "drones", "years", "said", "told", "he", "she", "according to",
    "“", "”", '"', "''", "‘", "’", ":", ",", ".", "\n", "\n\n", " ", "on Monday", "last week", "overnight", "in 2014",
    "February 2022", "Mr Novak", "the ministry", "Of those,", "another", "F-16", "9am", "\u00a0", "\ud83d\ude00", "\u200b",
  ),
  fc.string({ maxLength: 6 }),
  fc.string({ unit: "grapheme", maxLength: 4 }),
);
const article = fc.array(piece, { maxLength: 60 }).map((p) => p.join(" "));

describe("figures, quotes, dates never throw and point into the text", () => {
  it("holds for arbitrary text", () => {
    fc.assert(
      fc.property(article, fc.constantFrom("2024-03-06", null), (text, published) => {
        const d = doc(text, published);
        // a mention on every capitalised word, to exercise the actor paths too
        const mentions: ResolvedMention[] = [...text.matchAll(/\p{Lu}\p{L}+/gu)].map((m) => ({
          article: "t", actor: m[0].toLowerCase(), start: m.index!, end: m.index! + m[0].length, text: m[0], sentence: 0, kind: "person",
        }));
        const rows = [...extractFigures(d, mentions, new Map()), ...extractQuotes(d, mentions, new Map()), ...extractDates(d)];
        for (const r of rows) {
          expect(r.start).toBeGreaterThanOrEqual(0);
          expect(r.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(r.start, r.end)).toBe(r.text);
        }
        for (const f of extractFigures(d, [], new Map())) expect(Number.isFinite(f.value)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it("handles empty and whitespace-only text", () => {
    for (const text of ["", " ", "\n\n", "“", '"', "''"]) {
      const d = doc(text);
      expect(extractFigures(d, [], new Map())).toEqual([]);
      expect(extractDates(d)).toEqual([]);
      expect(() => extractQuotes(d, [], new Map())).not.toThrow();
    }
  });
});
