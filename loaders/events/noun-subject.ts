import type { TriggerMatch } from "./matcher.js";

// "… and a weekend rally attracted 5,000 people", "a car bombing in <town> wounded two": a
// noun act that is itself the subject of the next verb names its doer inside its own phrase (a
// possessor, an adjective, "by X") or not at all; the subject of an earlier clause is not it.
// ("days after protests over fuel prices swept the country": a lower-case complement of what
// the act is about may stand between the noun and its verb.)

/** An optional place or time phrase after the noun, then a verb whose subject the noun is. */
const OWN_PREDICATE =
  /^(?:\s+(?:in|at|near|outside|on|of)\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:,?\s+\p{Lu}[\p{L}.'’-]*){0,3},?|\s+(?:over|against|about)\s+(?:\p{Ll}[\p{Ll}'’-]*\s+){0,3}\p{Ll}[\p{Ll}'’-]*)?\s+(?:attracts?|attracted|drew|draws|killed|kills|wounded|wounds|injured|injures|destroyed|damaged|left|leaves|caused|causes|sparked|sparks|prompted|prompts|brought|brings|turned|turns|took\s+place|takes\s+place|broke\s+out|erupted|erupts|swept|sweeps|spread|spreads|rocked|rocks|shook|shakes|gripped|grips|engulfed|engulfs|paralys[ei]d|paralyz[ei]d|raged|rages|flared|flares|escalated|escalates|intensified|intensifies)\b/u;

/** Whether a noun trigger is the subject of the verb after its own phrase. */
export function nounHeadsClause(t: TriggerMatch, text: string, end: number): boolean {
  return t.entry.pos === "noun" && OWN_PREDICATE.test(text.slice(t.headEnd, Math.min(end, t.headEnd + 80)));
}
