// Counted spans that chrono reads as dates counted from publication but that often say
// how long, not when: "had lasted for four months" (chrono: four months from now), "is
// due to start in February and last six weeks" ("last" the verb), "advanced 50 km in
// ten days". A span after "in" is a date only where its clause looks ahead ("the vote
// takes place in ten days"); index.ts asks the clause.

const COUNT = String.raw`(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|several|few|\d{1,3})`;
const UNIT = String.raw`(?:hours?|days?|weeks?|fortnights?|months?|years?|decades?)`;

/** "for four months", "for another two years": a duration. */
const FOR_SPAN = new RegExp(String.raw`^for\s+(?:(?:another|almost|nearly|about|around|over|more\s+than|at\s+least)\s+)?${COUNT}\s+(?:more\s+)?${UNIT}\b`, "iu");

/** "retired after 41 years", "sold out within a week": how long something took or may take, counted from an act the text names. */
const AFTER_SPAN = new RegExp(String.raw`^(?:after|within)\s+(?:(?:another|almost|nearly|about|around|just|over|more\s+than|less\s+than)\s+)?${COUNT}\s+(?:more\s+)?${UNIT}\b`, "iu");

/** "last six weeks", "last months": a count or a plural after "last". */
const LAST_COUNT = new RegExp(String.raw`^last\s+(?:${COUNT}\b|(?:hours|days|weeks|months|years|decades)\b)`, "iu");
/** What leads "last" when it is an adjective of time ("in the last six weeks", "its last two years"), not the verb. */
const LAST_AS_TIME = /\b(?:the|its|his|her|their|our|my|your|these|those|in|over|during|of|within)\s+$/iu;

/** "in ten days", "in two weeks": forward from publication, or a duration. */
export const IN_SPAN = new RegExp(String.raw`^in\s+${COUNT}\s+${UNIT}$`, "iu");
/** "in two weeks' time": forward whatever the clause. */
export const IN_TIME = /^['’]s?\s+time\b/u;
/** "the lowest in three years", "for the first time in a decade": a span reaching back from now. */
const MEASURED_BACK = /\b(?:\p{L}+est|most|least|first|only|once|twice|times)\b[^,;]*$/iu;

/** Whether chrono's phrase, with the text before it, is a duration and no date. */
export function isDuration(phrase: string, before: string): boolean {
  if (FOR_SPAN.test(phrase) || AFTER_SPAN.test(phrase)) return true;
  if (LAST_COUNT.test(phrase)) return !LAST_AS_TIME.test(before);
  return IN_SPAN.test(phrase) && MEASURED_BACK.test(before);
}
