import type { TriggerMatch } from "./matcher.js";

// "began a four-day visit", "cut short a week-long visit", "a visit by the Estovian envoy": a
// visit told with its length, its kind or its visitor after "by" is a trip that took place even
// where the sentence names no host (the dateline's country, a town the gazetteer lacks). It is
// kept with a null target, as a trip to a place of no state is. A bare possessed visit ("X's visit
// comes after …") stays a background reference.

/** The visit's length or kind right before the noun: "a four-day", "a week-long", "a state" visit. */
const KIND_BEFORE = /\b(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)[- ](?:day|hour|week)|day-long|week-long|state|official|working)\s+$/iu;
/** The visitor named right after the noun: "a visit by (the) Estovian envoy". */
const BY_AFTER = /^\s+by\s+(?:the\s+)?\p{Lu}/u;

/** Whether a visit noun is told as a trip of its own, host named or not. */
export function toldVisit(text: string, t: TriggerMatch): boolean {
  if (!t.entry.frame.host || t.entry.pos !== "noun" || t.entry.type !== "CONSULT") return false;
  return KIND_BEFORE.test(text.slice(Math.max(0, t.start - 24), t.start)) || BY_AFTER.test(text.slice(t.end, t.end + 24));
}
