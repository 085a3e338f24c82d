import type { TriggerMatch } from "./matcher.js";

// "X arrives in Y next week", "X's visit to Y tomorrow": a simple present (or a noun) with a time
// still to come tells a scheduled act, as "will arrive" does; the guide codes a future meeting as
// planned. Only a time in the trigger's own clause, before any comma, "and" or clause break, so
// "met Y on Monday and will meet again next week" keeps its first meeting held. A finite present
// verb is also dated ahead by a bare weekday ("X and Y meet Monday with Z"): news tells a past act
// in the past tense; a noun's weekday ("X's visit on Monday") may be either, so it is not read so.

const MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
const DAYS = "(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day";
/**
 * A future time right after the trigger's phrase. Every alternative opens on an ASCII letter, so the
 * boundary before them is `(?<!\w)` (built at run time, the pattern gets no rewrite from the bundle).
 */
const FUTURE_TIME = new RegExp(
  String.raw`^[^.;,:()"“”]{0,50}?(?<!\w)(?:next\s+(?:week|month|year|weekend|spring|summer|autumn|fall|winter|${DAYS}|${MONTHS})|tomorrow|later\s+this\s+(?:week|month|year)|this\s+coming\s+\p{L}+)\b`,
  "iu",
);
/** A bare weekday in the verb's own clause, as a finite present dates ahead. */
const WEEKDAY = new RegExp(String.raw`^[^.;,:()"“”]{0,50}?\b(?:on\s+)?${DAYS}\b`, "u");
const AND = /\band\b/iu;
/** Words after which a bare verb form is no finite present: auxiliaries, modals, "to", negation, a pronoun object. */
const NOT_FINITE_BEFORE = /\b(?:to|do|does|did|not|n't|never|will|would|shall|should|can|could|may|might|must|let|lets|helped?|make|makes|made)\s+(?:\p{Ll}+ly\s+)?$/iu;
/**
 * A plural subject's end right before a bare present: a name, "they", "we", or "X and Y" of nouns.
 * A plural noun is read by its last two letters: nothing bounds the pattern's start, so one letter
 * before the "s" tests what a run of them would.
 */
const PLURAL_SUBJECT_BEFORE = /(?:\b(?:they|we)|\p{Lu}[\p{L}.'’-]*|\p{Ll}s)\s+(?:\p{Ll}+ly\s+)?$/u;

/** Whether a present-tense verb in -s, or a noun, is dated by a time still to come in its clause. */
export function presentWithFutureTime(t: TriggerMatch, after: string, before = ""): boolean {
  const m = FUTURE_TIME.exec(after);
  if (t.entry.pos !== "verb") return !!m && !AND.test(m[0]);
  const finite = /[^s]s$/u.test(t.head) || bareFinite(t, before);
  if (!finite) return false;
  const d = m ?? WEEKDAY.exec(after);
  return !!d && !AND.test(d[0]);
}

/** A bare verb form used as a finite present: not a past form, no auxiliary or "to" before, a plural subject. */
function bareFinite(t: TriggerMatch, before: string): boolean {
  if (t.entry.past.includes(t.head) || /(?:ing|s)$/u.test(t.head)) return false;
  return !NOT_FINITE_BEFORE.test(before) && !GIVEN_BEFORE.test(before) && PLURAL_SUBJECT_BEFORE.test(before);
}

/** "gave Y aid on Monday": after a verb of giving and its first object the bare form is the thing given, a noun. */
const GIVEN_BEFORE = /\b(?:gave|give|gives|given|giving|sent|send|sends|sending|offered|offer|offers|handed|hand|hands|delivered|deliver|delivers)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:\p{Ll}+\s+){0,2}$/u;
