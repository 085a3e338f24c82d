import type { Draft } from "./merge.js";

// "After meeting the Chilean president, Peru's leader praised …", "Visiting Nairobi, the
// minister pledged …", "Speaking after talks with X, Y called for …": a participle clause
// opening the sentence has no subject of its own; English gives it the main clause's. An act in
// it (the meeting, the visit, the talks) is the main subject's act.

const FRONTED = /^(?:(?:After|Before|While|Upon|On|When|Since)\s+\p{Ll}+ing|\p{Lu}\p{Ll}+ing|Having\s+\p{Ll}+)\b[^,;:"“”()]{0,120},/u;

/** Where the draft's trigger starts in the text: a row spans its sentence, the trigger inside it. */
const triggerAt = (text: string, d: Draft) => {
  const i = text.slice(d.row.start, d.row.end).indexOf(d.row.trigger);
  return i < 0 ? -1 : d.row.start + i;
};

/** Drafts in a fronted participle clause with no doer take the doer of the first act after its comma. */
export function lendFrontedSubject(text: string, drafts: Draft[]): void {
  const first = drafts[0];
  if (!first) return;
  const fronted = FRONTED.exec(text.slice(first.row.start, first.row.end));
  if (!fronted) return;
  const comma = first.row.start + fronted[0].length;
  const main = drafts.find((d) => d.row.source && triggerAt(text, d) >= comma);
  if (!main) return;
  for (const d of drafts) {
    const at = triggerAt(text, d);
    if (d.row.source || at < 0 || at >= comma || d.row.target === main.row.source) continue;
    d.row.source = main.row.source;
  }
}
