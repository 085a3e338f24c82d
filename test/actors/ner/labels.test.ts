import { describe, expect, it } from "vitest";
import { ALLOWED, N_CLASSES, spansFromTags, tagsFromSpans, type Span } from "../../../loaders/actors/ner/labels.js";
import { detokenise } from "../../../bench/nerarticles.js";
import { addSpans, emptyCounts, prf } from "../../../bench/nerscore.js";

describe("BILOU labels", () => {
  it("round-trips spans through tags, one-word names as U and longer ones as B…L", () => {
    const spans: Span[] = [{ a: 0, b: 2, type: "PER" }, { a: 3, b: 4, type: "LOC" }, { a: 4, b: 7, type: "ORG" }];
    const tags = tagsFromSpans(8, spans);
    expect([...tags]).toEqual([1, 3, 0, 12, 5, 6, 7, 0]);
    expect(spansFromTags(tags)).toEqual(spans);
  });

  it("reads broken sequences as names that end where their type stops", () => {
    // I-PER with no B, then B-ORG never closed.
    expect(spansFromTags([2, 2, 0, 5, 6])).toEqual([{ a: 0, b: 2, type: "PER" }, { a: 3, b: 5, type: "ORG" }]);
  });

  it("allows only I or L of the same type inside a name", () => {
    const afterBPer = ALLOWED[1 + 1]!;
    expect(afterBPer.map((ok, c) => (ok ? c : -1)).filter((c) => c >= 0)).toEqual([2, 3]);
    expect(ALLOWED[0]!.filter(Boolean).length).toBe(1 + 4 * 2);
    expect(ALLOWED.length).toBe(N_CLASSES + 1);
  });
});

describe("bench helpers", () => {
  it("detokenises with ordinary spacing and keeps each token's offset", () => {
    const words = ["The", "mayor", "of", "Port", "Elver", "(", "pop.", "3,000", ")", "said", '"', "no", '"', "."];
    const { text, starts } = detokenise(words);
    expect(text).toBe('The mayor of Port Elver (pop. 3,000) said "no".');
    words.forEach((w, i) => expect(text.slice(starts[i]!, starts[i]! + w.length)).toBe(w));
  });

  it("scores exact span and type only (conlleval)", () => {
    const c = emptyCounts();
    addSpans(c, [{ a: 0, b: 2, type: "PER" }, { a: 3, b: 4, type: "ORG" }], [{ a: 0, b: 2, type: "PER" }, { a: 3, b: 4, type: "LOC" }, { a: 5, b: 6, type: "MISC" }]);
    expect(c.all).toEqual({ tp: 1, fp: 1, fn: 2 });
    expect(prf(c.all!).f1).toBeCloseTo(0.4);
  });
});
