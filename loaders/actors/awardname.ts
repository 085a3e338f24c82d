import type { Doc } from "../types.js";
import type { Candidate } from "./candidate.js";

// "the Presidential Medal of Freedom", "the Nobel Peace Prize", "the Davis Cup": an award or a cup
// is a thing given, not an actor, though its capitalised words read as an organisation's (CoNLL tags
// them MISC). Named by its head noun, first or last ("Medal of Honor", "Peace Prize").

const NOUNS = "Medal|Medals|Prize|Prizes|Award|Awards|Trophy|Cup";
const AWARD = new RegExp(String.raw`(?:^|\s)(?:${NOUNS})(?:\s+of\s+\p{Lu}[\p{L}'’-]*)?$`, "u");

/** The award's noun right after a name the tagger cut before it: "the Norman Brookes Challenge Cup". */
const NOUN_AFTER = new RegExp(String.raw`^\s+(?:${NOUNS})\b`, "u");

/**
 * "won 18 Emmy awards", "her first Grammy award": a name counted or determined before a lower-case
 * award noun is the award's ("Corvale awards a contract" is a firm's verb, with no count before it).
 */
const LOWER_NOUN_AFTER = /^\s+(?:award|awards|prize|prizes|medal|medals|trophy|trophies|nomination|nominations)\b/u;
const COUNTED_BEFORE = /(?:^|\s)(?:a|an|the|his|her|its|their|first|second|third|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+$/iu;

/** "won the Golden Tarsk award": a singular award noun is no verb, so a name of several words before it is the award's too. */
const SINGULAR_AFTER = /^\s+(?:award|prize|medal|trophy)\b/u;
const countedAward = (text: string, c: Candidate) =>
  (/\s/.test(c.text) ? SINGULAR_AFTER : LOWER_NOUN_AFTER).test(text.slice(c.end, c.end + 14)) && COUNTED_BEFORE.test(text.slice(Math.max(0, c.start - 12), c.start));

/** The candidates without awards. */
export function withoutAwards(doc: Doc, cands: Candidate[]): Candidate[] {
  const award = (c: Candidate) =>
    (c.kind !== "person" && c.kind !== "country" && AWARD.test(c.text)) ||
    (c.kind !== "country" && (NOUN_AFTER.test(doc.text.slice(c.end, c.end + 10)) || countedAward(doc.text, c)));
  return cands.some(award) ? cands.filter((c) => !award(c)) : cands;
}
