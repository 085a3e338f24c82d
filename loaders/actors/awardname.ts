import type { Doc } from "../types.js";
import type { Candidate } from "./candidate.js";

// "the Presidential Medal of Freedom", "the Nobel Peace Prize", "the Davis Cup": an award or a cup
// is a thing given, not an actor, though its capitalised words read as an organisation's (CoNLL tags
// them MISC). Named by its head noun, first or last ("Medal of Honor", "Peace Prize").

const NOUNS = "Medal|Medals|Prize|Prizes|Award|Awards|Trophy|Cup";
const AWARD = new RegExp(String.raw`(?:^|\s)(?:${NOUNS})(?:\s+of\s+\p{Lu}[\p{L}'’-]*)?$`, "u");

/** The award's noun right after a name the tagger cut before it: "the Norman Brookes Challenge Cup". */
const NOUN_AFTER = new RegExp(String.raw`^\s+(?:${NOUNS})\b`, "u");

/** The candidates without awards. */
export function withoutAwards(doc: Doc, cands: Candidate[]): Candidate[] {
  const award = (c: Candidate) =>
    (c.kind !== "person" && c.kind !== "country" && AWARD.test(c.text)) || (c.kind !== "country" && NOUN_AFTER.test(doc.text.slice(c.end, c.end + 10)));
  return cands.some(award) ? cands.filter((c) => !award(c)) : cands;
}
