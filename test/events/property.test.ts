import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractEvents } from "../../loaders/events/index.js";
import { splitSentences } from "../../loaders/text/sentences.js";
import { PLOVER_TYPES, type ResolvedMention } from "../../loaders/types.js";

// Whatever the text and whatever the (possibly wrong) mentions and dates handed
// in, the stage must not throw and every row must point into the text.
const words = ["attacked", "met", "talks", "with", "against", "sanctions", "by", "was", "not", "but not", "will", "“", "”", ",", ";", ".", "\n",
  "Russia", "Japan", "he", "who", "that", "the", "visit", "shot down", "to", "in", "😀", "\u00a0", "é", "'s"];
const textArb = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.array(fc.constantFrom(...words), { maxLength: 60 }).map((ws) => ws.join(" ")),
);

describe("events: properties", () => {
  it("never throws; offsets index the text; types are PLOVER", () => {
    fc.assert(
      fc.property(textArb, fc.array(fc.tuple(fc.nat(250), fc.nat(30), fc.constantFrom("person", "country", "place", "organization", "group") as fc.Arbitrary<ResolvedMention["kind"]>), { maxLength: 12 }), fc.array(fc.tuple(fc.nat(250), fc.nat(20)), { maxLength: 4 }), (text, ms, ds) => {
        const doc = { id: "p", text, published: null, sentences: splitSentences(text) };
        const mentions: ResolvedMention[] = ms.map(([s, l, kind], i) => ({ article: "p", actor: `a${i % 4}`, start: s, end: s + l, text: text.slice(s, s + l), sentence: 0, kind }));
        const actors = new Map([0, 1, 2, 3].map((i) => [`a${i}`, { id: `a${i}`, name: `A${i}`, kind: "country" as const, aliases: [], country: i % 2 ? "UKR" : null, role: null, mentions: 1, articles: 1 }]));
        const dates = ds.map(([s, l]) => ({ article: "p", text: text.slice(s, s + l), value: "2024", start: s, end: s + l }));
        const rows = extractEvents(doc, mentions, actors, dates);
        const ids = new Set<string>();
        for (const r of rows) {
          expect(r.start).toBeGreaterThanOrEqual(0);
          expect(r.end).toBeLessThanOrEqual(text.length);
          expect(r.end).toBeGreaterThan(r.start);
          expect(text.slice(r.start, r.end).length).toBe(r.end - r.start);
          expect(PLOVER_TYPES).toContain(r.type);
          expect(ids.has(r.id)).toBe(false);
          ids.add(r.id);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("handles an empty document", () => {
    expect(extractEvents({ id: "e", text: "", published: null, sentences: [] }, [], new Map(), [])).toEqual([]);
  });
});
