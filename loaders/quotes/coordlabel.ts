import type { QuoteSpan } from "./marks.js";

// "dubbed the “boy hero” and “symbolic child”", "codes for “working,” “wounded” or “dead”": marks
// coordinated with a label are labels too. The naming word governs the whole list, while the
// label rules read only the words right before each span.

/** Only a comma, "and" or "or" between the label's closing mark and the next span's opening one. */
const LIST_LINK = /^\s*(?:,\s*)?(?:(?:and|or)\s+)?$/;

/** Whether `q` follows, in a list, the label span that closed at `labelClose` (-1: none). */
export function coordinatedLabel(text: string, labelClose: number, q: QuoteSpan): boolean {
  if (labelClose < 0 || q.open < labelClose || q.open - labelClose > 12) return false;
  const between = text.slice(labelClose, q.open);
  return between.trim() !== "" && LIST_LINK.test(between);
}
