import { describe, expect, it } from "vitest";
import { keptReading, nlp } from "../loaders/text/compromise.js";
import { judgingWords } from "../loaders/quotes/terms.js";

describe("keptReading", () => {
  it("asks once per kind and text, and gives back what was asked", () => {
    let asked = 0;
    const ask = () => (asked++, ["Adjective", ["Noun", "Singular"]] as const);
    const first = keptReading("a test's reading", "brisk varnholm", ask);
    const again = keptReading("a test's reading", "brisk varnholm", ask);
    expect(asked).toBeLessThanOrEqual(1);
    expect(again).toEqual(first);
    expect(first).toEqual(["Adjective", ["Noun", "Singular"]]);
  });

  it("keeps kinds apart", () => {
    expect(keptReading("a test's first kind", "estovian", () => true)).toBe(true);
    expect(keptReading("a test's second kind", "estovian", () => false)).toBe(false);
  });

  it("leaves a judgement read through it as compromise reads the span", () => {
    for (const span of ["truly brisk", "wholly reckless and senseless", "quiet"]) {
      const terms = (nlp(`it was ${span}`).json() as { terms: { tags: string[] }[] }[])[0]!.terms.slice(2);
      const parsed = terms.some((t) => t.tags.includes("Adjective")) && terms.every((t) => t.tags.some((g) => ["Adjective", "Adverb", "Conjunction", "Comparative", "Superlative"].includes(g)));
      expect(judgingWords(span)).toBe(parsed);
    }
  });
});
