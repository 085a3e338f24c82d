import type { Doc } from "../types.js";
import type { Candidate } from "./candidate.js";

// "the historical drama "Shogun,"", "her memoir "Harbour Lights"", ""Harbour Lights", a memoir": a name wholly
// inside quotation marks right after or before the kind of work it is names that work, not a person or a body, though its
// capitals read as one (CoNLL tags titles MISC). Elsewhere in the article the same words, unquoted,
// may still be a person's: only the quoted mention goes.

const WORK_KINDS = "drama|film|movie|series|show|novel|book|album|song|single|play|documentary|opera|musical|sitcom|comedy|thriller|memoir|biography|painting|exhibition|podcast|programme|program|video|ballet|poem|hit|blockbuster|franchise|biopic";
const WORK_BEFORE = new RegExp(String.raw`\b(?:${WORK_KINDS})\s+$`, "iu");
const OPENING = /["“‘']$/u;
const CLOSING = /^[,.!?]?["”’']/u;

/** '"Deep Harbour", a drama about …': the kind of work in apposition after the closing mark. */
const WORK_AFTER = new RegExp(String.raw`^[,.!?]?["”’'],?\s+(?:a|an|the|his|her|their|its)\s+(?:[\p{Ll}-]+\s+){0,3}?(?:${WORK_KINDS})\b`, "iu");

function quotedWork(text: string, c: Candidate): boolean {
  const before = text.slice(Math.max(0, c.start - 40), c.start);
  if (!OPENING.test(before)) return false;
  const after = text.slice(c.end, c.end + 60);
  return (CLOSING.test(after) && WORK_BEFORE.test(before.slice(0, -1))) || WORK_AFTER.test(after);
}

/** The candidates without titles of works named in quotation marks after their kind. */
export function withoutWorkTitles(doc: Doc, cands: Candidate[]): Candidate[] {
  return cands.some((c) => quotedWork(doc.text, c)) ? cands.filter((c) => !quotedWork(doc.text, c)) : cands;
}
