// "Thousands March Against Cuts", "Veterans March to the Capitol": in a headline's capitals the
// verb "march" looks like the month. A bare "March" is the verb when a word that cannot open a
// date stands before it (a subject, not "in", "by", "last", "the", a number, "and") and a
// preposition of motion or opposition follows it: a month is followed by a day, a year, a comma,
// or a preposition only after words that introduce it ("in March on strong demand").

/** Words after which "March" opens a date, or heads a noun ("the March election"). */
const DATE_LEAD = new Set([
  "in", "on", "at", "by", "since", "until", "till", "from", "through", "throughout", "during", "before", "after", "of", "to", "for",
  "last", "next", "this", "past", "coming", "early", "late", "mid", "and", "or", "nor", "the", "a", "an", "its", "their", "his", "her",
  "our", "your", "each", "every", "between", "around", "about", "as", "than", "into", "within", "until", "ending", "ended", "end",
]);
/** Prepositions a marching crowd takes. */
const MOTION = /^\s+(?:against|on|to|toward|towards|through|into|across|past|along|around|outside|behind|for|in|over|up|down|out)\b/i;
const WORD_BEFORE = /([\p{L}'’]+)[\s]+$/u;

/** Whether the "March" at [start, end) of `text` (its sentence opening at `from`) is the verb. */
export function isMarchVerb(text: string, start: number, end: number, from: number): boolean {
  if (text.slice(start, end) !== "March" || !MOTION.test(text.slice(end, end + 12))) return false;
  const before = WORD_BEFORE.exec(text.slice(Math.max(from, start - 30), start));
  return before !== null && !DATE_LEAD.has(before[1]!.toLowerCase());
}
