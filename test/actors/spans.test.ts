import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ByStart, outermost, Overlaps } from "../../loaders/actors/spans.js";

// The span shortcuts must answer exactly as comparing every pair does.
const span = fc.tuple(fc.nat(40), fc.nat(6)).map(([start, len]) => ({ start, end: start + len }));
const spans = fc.array(span, { maxLength: 12 });
const sorted = spans.map((xs) => [...xs].sort((a, b) => a.start - b.start));

describe("span shortcuts", () => {
  it("keeps the spans no other strictly contains, in order", () => {
    const naive = (xs: { start: number; end: number }[]) =>
      xs.filter((s) => !xs.some((o) => o !== s && o.start <= s.start && s.end <= o.end && (o.start < s.start || s.end < o.end)));
    fc.assert(fc.property(fc.oneof(spans, sorted), (xs) => {
      expect(outermost(xs)).toEqual(naive(xs));
    }), { numRuns: 500 });
  });

  it("finds the first span with the same start and end", () => {
    fc.assert(
      fc.property(spans, span, (xs, x) => {
        expect(new ByStart(xs).same(x)).toBe(xs.find((s) => s.start === x.start && s.end === x.end));
      }),
      { numRuns: 500 },
    );
  });

  it("tells whether a span overlaps any, sorted or not", () => {
    fc.assert(
      fc.property(fc.oneof(spans, sorted), span, (xs, x) => {
        expect(new Overlaps(xs).any(x)).toBe(xs.some((c) => c.start < x.end && x.start < c.end));
      }),
      { numRuns: 500 },
    );
  });
});
