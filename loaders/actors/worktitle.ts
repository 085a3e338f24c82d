import type { Doc } from "../types.js";
import type { Candidate } from "./candidate.js";

// "the historical drama "Shogun,"", "her memoir "Harbour Lights"": a name wholly inside quotation
// marks right after the kind of work it is names that work, not a person or a body, though its
// capitals read as one (CoNLL tags titles MISC). Elsewhere in the article the same words, unquoted,
// may still be a person's: only the quoted mention goes.

const WORK_BEFORE =
  /\b(?:drama|film|movie|series|show|novel|book|album|song|single|play|documentary|opera|musical|sitcom|comedy|thriller|memoir|biography|painting|exhibition|podcast|programme|program|video|ballet|poem|hit|blockbuster|franchise|biopic)\s+$/iu;
const OPENING = /["“‘']$/u;
const CLOSING = /^[,.!?]?["”’']/u;

function quotedWork(text: string, c: Candidate): boolean {
  const before = text.slice(Math.max(0, c.start - 40), c.start);
  return OPENING.test(before) && CLOSING.test(text.slice(c.end, c.end + 2)) && WORK_BEFORE.test(before.slice(0, -1));
}

/** The candidates without titles of works named in quotation marks after their kind. */
export function withoutWorkTitles(doc: Doc, cands: Candidate[]): Candidate[] {
  return cands.some((c) => quotedWork(doc.text, c)) ? cands.filter((c) => !quotedWork(doc.text, c)) : cands;
}
