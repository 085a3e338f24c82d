import fc from "fast-check";
import { describe, expect, it } from "vitest";
// @ts-expect-error plain browser module without types
import { axisFit as axisFitJS, placeLabels as placeLabelsJS, textWidth as textWidthJS, truncate as truncateJS } from "../../src/components/labels.js";

// Outside a browser textWidth estimates 0.6 em a character; the rules below hold for any width function.
interface Item { x: number; y: number; r: number; text: string }
interface Placed extends Item { lx: number; ly: number; anchor: "middle" | "start" | "end" }
const placeLabels = placeLabelsJS as (items: Item[], o: { width: number; height: number; size?: number; pad?: number }) => Placed[];
const axisFit = axisFitJS as (values: Iterable<string>, o?: { max?: number; min?: number }) => { margin: number; format: (v: string) => string };
const truncate = truncateJS as (text: string, max: number) => string;
const textWidth = textWidthJS as (text: string) => number;

/** A placed label's box, as placeLabels lays it out (10 px text, 2 px padding). */
function box(d: Placed) {
  const w = textWidth(d.text) + 4, h = 14;
  const x0 = d.anchor === "middle" ? d.lx - w / 2 : d.anchor === "start" ? d.lx - 2 : d.lx + 2 - w;
  return { x0, x1: x0 + w, y0: d.ly - h / 2, y1: d.ly + h / 2 };
}

describe("placeLabels", () => {
  it("labels the first item and leaves out one whose every spot is taken", () => {
    const items = [
      { x: 100, y: 100, r: 4, text: "Capital city" },
      { x: 102, y: 101, r: 3, text: "Suburb east" },
      { x: 101, y: 99, r: 3, text: "Suburb west" },
      { x: 100, y: 100, r: 3, text: "Old town" },
      { x: 99, y: 100, r: 3, text: "Harbour" },
      { x: 400, y: 200, r: 5, text: "Far city" },
    ];
    const placed = placeLabels(items, { width: 640, height: 320 });
    expect(placed[0]!.text).toBe("Capital city");
    expect(placed.map((d) => d.text)).toContain("Far city");
    expect(placed.length).toBeLessThan(items.length);
  });

  it("never returns two overlapping labels, nor one outside the frame", () => {
    const item = fc.record({ x: fc.double({ min: 0, max: 400, noNaN: true }), y: fc.double({ min: 0, max: 200, noNaN: true }), r: fc.integer({ min: 0, max: 18 }), text: fc.string({ minLength: 1, maxLength: 24 }) });
    fc.assert(fc.property(fc.array(item, { maxLength: 60 }), (items) => {
      const boxes = placeLabels(items, { width: 400, height: 200 }).map(box);
      for (const b of boxes) expect(b.x0 >= -1e-9 && b.y0 >= -1e-9 && b.x1 <= 400 + 1e-9 && b.y1 <= 200 + 1e-9).toBe(true);
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!, b = boxes[j]!;
          expect(a.x0 < b.x1 - 1e-9 && b.x0 < a.x1 - 1e-9 && a.y0 < b.y1 - 1e-9 && b.y0 < a.y1 - 1e-9).toBe(false);
        }
    }), { numRuns: 200 });
  });
});

describe("axisFit and truncate", () => {
  it("sizes the margin to the longest label, within min and max", () => {
    expect(axisFit(["a", "bb"], { min: 40 }).margin).toBe(40);
    const long = axisFit(["A label of medium length"], { max: 500 });
    expect(long.margin).toBe(Math.ceil(textWidth("A label of medium length")) + 14);
    expect(long.format("A label of medium length")).toBe("A label of medium length");
  });

  it("cuts labels longer than the cap with … to fit its margin", () => {
    const text = "An outlet with a very long name indeed · 2024-11-16";
    const fit = axisFit([text, "short"], { max: 120 });
    expect(fit.margin).toBe(120);
    const cut = fit.format(text);
    expect(cut.endsWith("…")).toBe(true);
    expect(textWidth(cut)).toBeLessThanOrEqual(120 - 14);
    expect(text.startsWith(cut.slice(0, -1))).toBe(true);
    expect(fit.format("short")).toBe("short");
  });

  it("truncate keeps text that fits and cuts the rest to the longest prefix that fits", () => {
    fc.assert(fc.property(fc.string({ maxLength: 80 }), fc.integer({ min: 6, max: 300 }), (text, max) => {
      const out = truncate(text, max);
      if (textWidth(text) <= max) expect(out).toBe(text);
      else {
        expect(out.endsWith("…")).toBe(true);
        expect(textWidth(out)).toBeLessThanOrEqual(max);
        const kept = out.slice(0, -1);
        expect(text.startsWith(kept)).toBe(true);
        if (kept.length < text.length) expect(textWidth(text.slice(0, kept.length + 1) + "…")).toBeGreaterThan(max);
      }
    }));
  });
});
