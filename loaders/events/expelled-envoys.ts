import type { TriggerMatch } from "./matcher.js";

// "ordered the expulsion of the Norlandic ambassador", "ordered two diplomats to leave": the noun of an expulsion of diplomats is
// the same act as the verb "expelled two diplomats", which the lexicon reads as SANCTION (a
// break in relations, PLOVER), not the COERCE of a person driven out.

/** The expelled, right after "of": up to a few words (a count, a demonym), then a diplomat's title. */
const ENVOYS_OF = /^\s+of\s+(?:[\p{L}\p{N}'’-]+\s+){0,4}?(?:diplomats?|ambassadors?|envoys?|attach[eé]s?|consuls?|embassy\s+staff)\b/iu;

/** Diplomats as the object of "ordered … to leave". */
const ENVOYS_ORDERED = /\b(?:diplomats?|ambassadors?|envoys?|attach[eé]s?|consuls?|embassy\s+staff)\b/iu;

/** Whether the trigger is the noun of an expulsion whose "of" phrase names diplomats, or diplomats "ordered … to leave". */
export function envoysExpelled(t: TriggerMatch, text: string, end: number): boolean {
  if (t.entry.mode !== "expulsion") return false;
  if (t.entry.pos === "verb") return t.headEnd < t.end && ENVOYS_ORDERED.test(text.slice(t.headEnd, t.end));
  return ENVOYS_OF.test(text.slice(t.end, Math.min(end, t.end + 80)));
}

/** "ordered its troops to leave": one's own people sent away is a withdrawal, no expulsion. */
const OWN_ORDERED = /^\s+(?:all\s+)?(?:its|their|his|her|our)\s+/iu;
export const ownOrderedOut = (t: TriggerMatch, text: string) => t.entry.mode === "expulsion" && t.entry.pos === "verb" && /^order/u.test(t.head) && OWN_ORDERED.test(text.slice(t.headEnd, t.headEnd + 12));
