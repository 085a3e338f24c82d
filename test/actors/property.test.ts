import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractActors } from "../../loaders/actors/index.js";
import { lexTokenize } from "../../loaders/actors/lextokens.js";
import { doc } from "./helpers.js";

// Pieces that exercise the tagger's paths, shuffled with arbitrary unicode.
const pieces = fc.constantFrom(
  "President", "Mr", "Kyiv", "Kiev", "’s", "'s", "Russia", "Japanese", "officials", "said", "of", "the", "Ministry",
  "Forces", "NATO", "U.S.", "-", "“", "”", "\n", "\n\n", ".", ",", "in", "region", "Kenji", "Ozaja", "and", "Republics",
  "People's", "\u00a0", "😀", "é", "İ", "ß", "\u200b", "A", "(DPR)", "coalition of the willing",
);
const texts = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.array(fc.oneof(pieces, fc.string({ maxLength: 6 })), { maxLength: 60 }).map((xs) => xs.join(" ")),
  fc.array(pieces, { maxLength: 60 }).map((xs) => xs.join("")),
);

describe("extraction on any text", () => {
  it("never throws, and every mention indexes its article's text exactly", () => {
    fc.assert(
      fc.property(fc.array(texts, { minLength: 1, maxLength: 3 }), (list) => {
        const docs = list.map((t, i) => doc(`p${i}`, t));
        const { actors, mentions } = extractActors(docs, { problems: [] });
        const ids = new Set(actors.map((a) => a.id));
        for (const m of mentions) {
          const d = docs.find((x) => x.id === m.article)!;
          expect(d.text.slice(m.start, m.end)).toBe(m.text);
          const s = d.sentences[m.sentence]!;
          expect(s.start <= m.start && m.end <= s.end).toBe(true);
          expect(ids.has(m.actor)).toBe(true);
        }
        expect(new Set(actors.map((a) => a.id)).size).toBe(actors.length);
      }),
      { numRuns: 300 },
    );
  });

  it("the tokenizer's ASCII fast path cuts exactly where the Unicode rules alone would", () => {
    // The rules as first written, without the fast path: the reference the tokenizer must equal.
    const REFERENCE = /\p{Lu}(?:\.\p{Lu})+\.?|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Col|Lt|Prof|Gov|Jr|Sr)\.|['’][sS](?![\p{L}\p{N}])|\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{M}\p{N}]+(?:['’](?![sS](?![\p{L}\p{N}]))[\p{L}\p{M}]+)*|``|''|[^\s]/gu;
    const tricky = fc.constantFrom("Mr.", "U.S.", "O’Brien", "don't", "F-16s", "1,000.5", "Kyiv.", "café", "e\u0301", "’s", "'S", "x'y", "A.", "Dr", "``", "''", "'''",
      "abcé", "12,5", "7.", "x’", "a1", "e.g.", "3rd", "`x", "_", "\u00a0x", "x\u0301", "\t", "\r\n", "٣", "x.",
      "Mrs.", "St.", "Gens.", "word.", "Russia’s”", "’s”", "’S", "’sa", "it's", "1,", "2.5.", "3,٣", "“", "”", "‘", "—", "…", "«", "»");
    const mixed = fc.array(fc.oneof(tricky, pieces, fc.string({ maxLength: 4 })), { maxLength: 40 }).map((xs) => xs.join(""));
    fc.assert(
      fc.property(fc.oneof(mixed, fc.string({ unit: "grapheme", maxLength: 80 })), (text) => {
        const got = lexTokenize(doc("t", text)).map((t) => `${t.start}:${t.text}`);
        expect(got).toEqual([...text.matchAll(REFERENCE)].map((m) => `${m.index}:${m[0]}`));
      }),
      { numRuns: 500 },
    );
  });

  it("handles empty text and an empty corpus", () => {
    expect(extractActors([])).toEqual({ actors: [], mentions: [] });
    expect(extractActors([doc("e", ""), doc("w", "   \n  ")])).toEqual({ actors: [], mentions: [] });
  });
});
