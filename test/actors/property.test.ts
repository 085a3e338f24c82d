import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractActors } from "../../loaders/actors/index.js";
import { doc } from "./helpers.js";

// Pieces that exercise the tagger's paths, shuffled with arbitrary unicode.
const pieces = fc.constantFrom(
  "President", "Mr", "Kyiv", "Kiev", "’s", "'s", "Russia", "Japanese", "officials", "said", "of", "the", "Ministry",
  "Forces", "NATO", "U.S.", "-", "“", "”", "\n", "\n\n", ".", ",", "in", "region", "Takeshi", "Iwaja", "and", "Republics",
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

  it("handles empty text and an empty corpus", () => {
    expect(extractActors([])).toEqual({ actors: [], mentions: [] });
    expect(extractActors([doc("e", ""), doc("w", "   \n  ")])).toEqual({ actors: [], mentions: [] });
  });
});
