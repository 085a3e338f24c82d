// Chart labels that never overlap: the most important rows are labelled first,
// each at the first free spot around its point; a row with no free spot is left
// to the chart's tip. Plot's text mark has no collision handling, so the boxes
// are measured here with a canvas in the font Plot draws with.

const FONT_FAMILY = "system-ui, sans-serif";
let context;

/** Width in px of `text` at `size` px in Plot's font (a rough estimate outside a browser). */
export function textWidth(text, size = 10) {
  context ??= typeof document === "undefined" ? null : document.createElement("canvas").getContext("2d");
  if (!context) return text.length * size * 0.6;
  context.font = `${size}px ${FONT_FAMILY}`;
  return context.measureText(text).width;
}

const overlaps = (a, b) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * `items`: [{x, y, r, text, ...}] in px, most important first. Returns the items that get a
 * label, each with {lx, ly, anchor} (text anchor and baseline middle), inside [0, width] × [0, height].
 */
export function placeLabels(items, {width, height, size = 10, pad = 2} = {}) {
  const placed = [];
  const boxes = [];
  for (const d of items) {
    const w = textWidth(d.text, size) + 2 * pad;
    const h = size + 2 * pad;
    const gap = (d.r ?? 0) + 2;
    // Above, below, right, left of the point.
    const spots = [
      {lx: d.x, ly: d.y - gap - h / 2, anchor: "middle", x0: d.x - w / 2},
      {lx: d.x, ly: d.y + gap + h / 2, anchor: "middle", x0: d.x - w / 2},
      {lx: d.x + gap + pad, ly: d.y, anchor: "start", x0: d.x + gap},
      {lx: d.x - gap - pad, ly: d.y, anchor: "end", x0: d.x - gap - w},
    ];
    for (const s of spots) {
      const box = {x0: s.x0, x1: s.x0 + w, y0: s.ly - h / 2, y1: s.ly + h / 2};
      if (box.x0 < 0 || box.y0 < 0 || box.x1 > width || box.y1 > height) continue;
      if (boxes.some((b) => overlaps(b, box))) continue;
      boxes.push(box);
      placed.push({...d, lx: s.lx, ly: s.ly, anchor: s.anchor});
      break;
    }
  }
  return placed;
}

/** `text` cut with "…" to at most `max` px wide. */
export function truncate(text, max, size = 10) {
  if (textWidth(text, size) <= max) return text;
  let lo = 0, hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (textWidth(text.slice(0, mid) + "…", size) <= max) lo = mid;
    else hi = mid - 1;
  }
  return text.slice(0, lo) + "…";
}

// Room Plot's axis needs between the frame and its tick labels (tick 6 px, padding 3 px) and a little air.
const AXIS_ROOM = 14;

/**
 * An ordinal axis's margin sized to its longest tick label, at most `max` px: longer labels
 * are cut with "…" by `format` (give it to the axis as tickFormat; the full text stays in the tips).
 */
export function axisFit(values, {max = 240, min = 40, size = 10, label = (v) => String(v ?? "")} = {}) {
  const longest = Math.max(0, ...[...values].map((v) => textWidth(label(v), size)));
  const margin = Math.max(min, Math.min(max, Math.ceil(longest) + AXIS_ROOM));
  return {margin, format: (v) => truncate(label(v), margin - AXIS_ROOM, size)};
}
