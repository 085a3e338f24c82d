// The reader view: an article's cleaned text with the extracted spans
// highlighted in place. Built from text nodes only — the article is data, never
// markup, so nothing in it can run or restyle the page.
//
// Spans overlap (a mention inside a quote, a date inside a figure's sentence),
// so the text is cut at every span boundary and each piece is one <span> that
// lists, in data-spans, every span covering it ("actor:25-30 quote:488-518").
// A span's text is the concatenation of the pieces that list it.

/** `spans`: [{kind, start, end, label}] with UTF-16 offsets into `text`. */
export function readerView(text, spans, {target} = {}) {
  const valid = spans.filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start < s.end && s.end <= text.length);
  const cuts = new Set([0, text.length]);
  for (const s of valid) cuts.add(s.start).add(s.end);
  const points = [...cuts].sort((a, b) => a - b);
  // Sweep: spans sorted by start enter the active set; those ending at or before a cut leave it.
  const byStart = [...valid].sort((a, b) => a.start - b.start);
  const active = [];
  let next = 0;
  const root = document.createElement("div");
  root.className = "reader";
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i], to = points[i + 1];
    while (next < byStart.length && byStart[next].start <= from) active.push(byStart[next++]);
    for (let j = active.length - 1; j >= 0; j--) if (active[j].end <= from) active.splice(j, 1);
    const piece = document.createTextNode(text.slice(from, to));
    if (!active.length) {
      root.append(piece);
      continue;
    }
    const el = document.createElement("span");
    const kinds = [...new Set(active.map((s) => s.kind))];
    el.className = ["hl", ...kinds.map((k) => `hl-${k}`)].join(" ");
    el.dataset.spans = active.map((s) => `${s.kind}:${s.start}-${s.end}`).join(" ");
    el.title = active.map((s) => s.label).filter(Boolean).join("\n");
    if (target && active.some((s) => s.start === target.start && s.end === target.end)) el.classList.add("target");
    el.append(piece);
    root.append(el);
  }
  return root;
}

/** The text each span covers in a rendered reader view, keyed "kind:start-end" (what the browser test checks). */
export function spanTexts(root) {
  const out = {};
  for (const el of root.querySelectorAll("[data-spans]"))
    for (const key of el.dataset.spans.split(" ")) out[key] = (out[key] ?? "") + el.textContent;
  return out;
}
