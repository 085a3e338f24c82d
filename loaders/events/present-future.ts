import type { TriggerMatch } from "./matcher.js";

// "X arrives in Y next week", "X's visit to Y tomorrow": a simple present (or a noun) with a time
// still to come tells a scheduled act, as "will arrive" does; the guide codes a future meeting as
// planned. Only a time in the trigger's own clause, before any comma, "and" or clause break, so
// "met Y on Monday and will meet again next week" keeps its first meeting held.

/** A future time right after the trigger's phrase. */
const FUTURE_TIME =
  /^[^.;,:()"“”]{0,50}?\b(?:next\s+(?:week|month|year|weekend|spring|summer|autumn|fall|winter|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December)|tomorrow|later\s+this\s+(?:week|month|year)|this\s+coming\s+\p{L}+)\b/iu;
const AND = /\band\b/iu;

/** Whether a present-tense verb in -s, or a noun, is dated by a time still to come in its clause. */
export function presentWithFutureTime(t: TriggerMatch, after: string): boolean {
  if (t.entry.pos === "verb" && !/[^s]s$/u.test(t.head)) return false;
  const m = FUTURE_TIME.exec(after);
  return !!m && !AND.test(m[0]);
}
