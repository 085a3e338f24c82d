import type { Page } from "playwright-core";

export interface Box { x0: number; y0: number; x1: number; y1: number }
/** A text label of a chart, as the browser laid it out. */
export interface Label extends Box { chart: string; text: string }

/** Pairs of labels in one chart whose boxes overlap by more than `tolerance` px both ways. */
export function overlappingLabels(labels: Label[], tolerance = 1): [Label, Label][] {
  const out: [Label, Label][] = [];
  const byChart = new Map<string, Label[]>();
  for (const l of labels) byChart.set(l.chart, [...(byChart.get(l.chart) ?? []), l]);
  for (const list of byChart.values()) {
    // Sweep along x: only labels whose x ranges meet are compared.
    const sorted = [...list].sort((a, b) => a.x0 - b.x0);
    for (let i = 0; i < sorted.length; i++)
      for (let j = i + 1; j < sorted.length && sorted[j]!.x0 < sorted[i]!.x1 - tolerance; j++) {
        const a = sorted[i]!, b = sorted[j]!;
        if (Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > tolerance && Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > tolerance) out.push([a, b]);
      }
  }
  return out;
}

/** Labels that stick out of their chart's box by more than `tolerance` px (cropped, or drawn over the page). */
export function outsideLabels(labels: Label[], charts: Record<string, Box>, tolerance = 1): Label[] {
  return labels.filter((l) => {
    const c = charts[l.chart];
    return !!c && (l.x0 < c.x0 - tolerance || l.y0 < c.y0 - tolerance || l.x1 > c.x1 + tolerance || l.y1 > c.y1 + tolerance);
  });
}

export interface Layout { labels: Label[]; charts: Record<string, Box>; emptyBlocks: string[]; loading: number; errors: number }

/**
 * Every chart's text labels (Plot's SVG <text>, tips left out: they show on hover only), each
 * chart's box, the blocks that show neither a chart, a table nor a message, what is still
 * loading and Framework's error boxes.
 */
export function layout(page: Page): Promise<Layout> {
  // A string, not a function: tsx/vitest would wrap its inner functions in a helper the page lacks.
  return page.evaluate(LAYOUT) as Promise<Layout>;
}

const LAYOUT = `(() => {
  const labels = [];
  const charts = {};
  const box = (r) => ({ x0: r.left + scrollX, y0: r.top + scrollY, x1: r.right + scrollX, y1: r.bottom + scrollY });
  document.querySelectorAll("svg[class^=plot]").forEach((svg, i) => {
    const cls = svg.getAttribute("class") ?? "";
    if (svg.closest("[class$=swatches]") || svg.closest("[class$=legend]") || cls.endsWith("-ramp")) return;
    const name = (svg.closest("figure.block")?.dataset.block ?? location.pathname) + "#" + i;
    charts[name] = box(svg.getBoundingClientRect());
    for (const t of svg.querySelectorAll("text")) {
      if (t.closest("[aria-label=tip]") || t.parentElement?.closest("text")) continue;
      const text = t.textContent?.trim() ?? "";
      const r = t.getBoundingClientRect();
      if (!text || r.width === 0 || getComputedStyle(t).visibility === "hidden") continue;
      labels.push({ chart: name, text, ...box(r) });
    }
  });
  const emptyBlocks = [...document.querySelectorAll("figure.block")]
    .filter((f) => !f.querySelector("svg, table, .no-rows, img, canvas"))
    .map((f) => f.dataset.block ?? "?");
  return {
    labels, charts, emptyBlocks,
    loading: document.querySelectorAll("observablehq-loading").length,
    errors: document.querySelectorAll(".observablehq--error").length,
  };
})()`;

/** Everything a reader would see wrong on the page, one line each. */
export async function visualProblems(page: Page): Promise<string[]> {
  const l = await layout(page);
  const at = (b: Label) => `"${b.text}" (${b.chart})`;
  return [
    ...overlappingLabels(l.labels).map(([a, b]) => `labels overlap: ${at(a)} and ${at(b)}`),
    ...outsideLabels(l.labels, l.charts).map((b) => `label outside its chart: ${at(b)}`),
    ...l.emptyBlocks.map((b) => `block ${b} shows nothing and says nothing`),
    ...(l.loading ? [`${l.loading} block(s) still loading`] : []),
    ...(l.errors ? [`${l.errors} error box(es)`] : []),
  ];
}
