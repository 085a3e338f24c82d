import { describe, expect, it } from "vitest";
import { retyped, type NameSpan } from "../../loaders/actors/ner/tagdoc.js";
import { mapSpans } from "../../loaders/actors/spanmap.js";

const span = (a: number, type: NameSpan["type"]): NameSpan => ({ start: a * 6, end: a * 6 + 5, type, a, b: a + 1, titled: false });

describe("mapSpans", () => {
  it("gives what Array.prototype.map gives, index included, in order", () => {
    const spans = [span(0, "ORG"), span(1, "PER"), span(2, "LOC")];
    const f = (s: NameSpan, i: number) => (i === 1 ? retyped(s, "MISC") : s);
    expect(mapSpans(spans, f)).toEqual(spans.map(f));
    expect(mapSpans(spans, f)[0]).toBe(spans[0]);
  });

  it("gives a new empty array for no spans", () => {
    const none: NameSpan[] = [];
    const out = mapSpans(none, (s) => s);
    expect(out).toEqual([]);
    expect(out).not.toBe(none);
  });
});
