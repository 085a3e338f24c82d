import type { TriggerMatch } from "./matcher.js";

// "X spoke after three hours of talks with Y", "she said after two days of negotiations with Y":
// a measure of an act ("three hours of", "a weekend of", "a new round of") inside a time adjunct
// leaves the adjunct without a subject of its own, as "after talks with Y" is: the act is the main
// clause subject's, and a "he"/"she" there is the person named before.

/** The measure right before the noun: an article or number, a modifier, the unit, "of". */
const MEASURE = /(?:(?:a|an|the|several|many|few|two|three|four|five|six|seven|eight|nine|ten|\p{N}+)\s+)?(?:(?:more|long|brief|new|fresh|further|first|second|third|final|last|latest|intensive|marathon)\s+)*(?:hours?|days?|weeks?|weekend|months?|nights?|rounds?|sessions?)\s+of\s+$/iu;

/** The words of a clause before a noun trigger, its measure left out. */
export function withoutMeasure(t: TriggerMatch, prefix: string): string {
  if (t.entry.pos !== "noun" || !prefix.endsWith(" of ")) return prefix;
  const m = MEASURE.exec(prefix);
  return m ? prefix.slice(0, m.index) : prefix;
}

/** A quotation's "… she said", or "he added on Monday": a personal pronoun subject and its verb, then the adjunct. */
const MAIN_PRONOUN = /(?:^|[^\p{L}])(?:he|she)\s+\p{Ll}+(?:\s+[\p{L}\p{N}'’-]+){0,4}\s*$/iu;

/** Whether the main clause before the adjunct has a "he"/"she" for its subject. */
export const pronounMainSubject = (t: TriggerMatch, mainClause: string) => t.entry.pos === "noun" && MAIN_PRONOUN.test(mainClause);
