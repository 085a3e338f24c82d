import type { TriggerMatch } from "./matcher.js";

// "ordered the expulsion of the Norlandic ambassador": the noun of an expulsion of diplomats is
// the same act as the verb "expelled two diplomats", which the lexicon reads as SANCTION (a
// break in relations, PLOVER), not the COERCE of a person driven out.

/** The expelled, right after "of": up to a few words (a count, a demonym), then a diplomat's title. */
const ENVOYS_OF = /^\s+of\s+(?:[\p{L}\p{N}'’-]+\s+){0,4}?(?:diplomats?|ambassadors?|envoys?|attach[eé]s?|consuls?|embassy\s+staff)\b/iu;

/** Whether the trigger is the noun of an expulsion whose "of" phrase names diplomats. */
export function envoysExpelled(t: TriggerMatch, text: string, end: number): boolean {
  return t.entry.pos === "noun" && t.entry.mode === "expulsion" && ENVOYS_OF.test(text.slice(t.end, Math.min(end, t.end + 80)));
}
