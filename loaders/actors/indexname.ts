import type { Doc } from "../types.js";
import type { Candidate } from "./candidate.js";

// "the Harbour Composite Index dropped 1.3%", "the Velmora Industrial Average": a market's index is a
// number the news follows, not an actor, though its capitalised words read as a person's or a firm's,
// and the exchange's town inside it reads as a state's government.

const INDEX = /\s(?:Index|Average|Composite)$/u;
/** A town or exchange's name right before an index's words: "Harbour" in "Harbour Composite Index". */
const INDEX_AFTER = /^\s+(?:\p{Lu}[\p{L}&-]*\s+){0,3}(?:Index|Average|Composite)\b/u;

const INDEX_WORD = /\b(?:Index|Average|Composite|index|average)\b/u;
/** "the Harbour share average", "the Harbour stock index": the same written in lower case after the name. */
const LOWER_INDEX_AFTER = /^\s+(?:(?:share|stock|equity|composite|benchmark)\s+)+(?:average|index)\b/u;

/** The candidates without market indexes, nor the town or exchange their names open with. */
export function withoutIndexes(doc: Doc, cands: Candidate[]): Candidate[] {
  // most articles name no index: one scan of the text spares a test per candidate
  if (!INDEX_WORD.test(doc.text)) return cands;
  const index = (c: Candidate) => INDEX.test(c.text) || INDEX_AFTER.test(doc.text.slice(c.end, c.end + 60)) || LOWER_INDEX_AFTER.test(doc.text.slice(c.end, c.end + 40));
  return cands.some(index) ? cands.filter((c) => !index(c)) : cands;
}
