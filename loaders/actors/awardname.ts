import type { Candidate } from "./candidate.js";

// "the Presidential Medal of Freedom", "the Nobel Peace Prize", "the Ballon d'Or Trophy": an award
// is a thing given, not an actor, though its capitalised words read as an organisation's (CoNLL tags
// them MISC). Named by its head noun, first or last ("Medal of Honor", "Peace Prize").

const AWARD = /(?:^|\s)(?:Medal|Medals|Prize|Prizes|Award|Awards|Trophy)(?:\s+of\s+\p{Lu}[\p{L}'’-]*)?$/u;

/** The candidates without awards. */
export function withoutAwards(cands: Candidate[]): Candidate[] {
  const award = (c: Candidate) => c.kind !== "person" && c.kind !== "country" && AWARD.test(c.text);
  return cands.some(award) ? cands.filter((c) => !award(c)) : cands;
}
