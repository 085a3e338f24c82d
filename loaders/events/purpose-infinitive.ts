import type { TriggerMatch } from "./matcher.js";

// "said he would travel to <town> to meet X": the meeting is the purpose of the travel, so it is
// told with the travel's own words before it ("would"), planned as the travel is. A plan cue read
// only after the earlier trigger would leave the meeting reported as done.

/** Between the two triggers: a place or a time, then "to" opening the purpose, with no comma or "and". */
const PURPOSE_GAP = /^(?:\s+(?!and\b)[\p{L}.'’-]+){0,6}?\s+to\s+$/u;

/** Whether `t` is the purpose infinitive of the verb trigger `prev` right before it. */
export function purposeOf(prev: TriggerMatch | undefined, t: TriggerMatch, text: string): boolean {
  return !!prev && prev.entry.pos === "verb" && t.entry.pos === "verb" && prev.end <= t.start && PURPOSE_GAP.test(text.slice(prev.end, t.start));
}
