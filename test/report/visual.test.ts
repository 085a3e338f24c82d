import { describe, expect, it } from "vitest";
import { overlappingLabels, outsideLabels, type Label } from "../browser/visual.js";

const label = (chart: string, text: string, x0: number, y0: number, w = 40, h = 12): Label => ({ chart, text, x0, y0, x1: x0 + w, y1: y0 + h });

describe("the browser visual check's geometry", () => {
  it("finds labels of one chart whose boxes overlap, not those that touch or sit in another chart", () => {
    const a = label("c", "Alpha", 0, 0), b = label("c", "Beta", 30, 5), touching = label("c", "Gamma", 40, 0), other = label("d", "Delta", 10, 2);
    expect(overlappingLabels([a, b, touching, other]).map(([x, y]) => `${x.text}/${y.text}`)).toEqual(["Alpha/Beta", "Beta/Gamma"]);
    expect(overlappingLabels([a, touching, other])).toEqual([]);
    // One pixel of shared edge is within tolerance (anti-aliasing), two are not.
    expect(overlappingLabels([a, label("c", "Near", 39, 0)])).toEqual([]);
    expect(overlappingLabels([a, label("c", "Near", 38, 0)])).toHaveLength(1);
  });

  it("finds labels sticking out of their chart", () => {
    const charts = { c: { x0: 0, y0: 0, x1: 100, y1: 50 } };
    expect(outsideLabels([label("c", "in", 10, 10), label("c", "right", 70, 10), label("c", "top", 10, -5)], charts).map((l) => l.text)).toEqual(["right", "top"]);
  });
});
