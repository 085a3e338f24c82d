import type { ResolvedMention } from "../types.js";
import type { TriggerMatch } from "./matcher.js";
import { isSubjectLike } from "./mentions.js";
import { SUPPORT_VERB } from "./verb-classes.js";

// A predicate coordinated by "and" has no subject of its own: "X flew to Y and after a brief
// ceremony went into talks with Z", "X said there should be a review and criticised Z". Its
// subject is the nearest one before the "and", which may lie in an earlier clause (the clause
// reading cuts at "after", "when", … and a subordinate's own subject may be no actor at all).

/**
 * "and", then at most a short adverbial (a preposition or time word and up to four lower-case
 * words: "after a brief ceremony", "on Monday", "later"), then auxiliaries, ending at the verb.
 * No pronoun or "there" in the adverbial: "and there should be", "and he said" have a subject.
 */
const AND_PREDICATE =
  /\band\s+(?:(?:after|before|following|during|on|in|at|later|then|also|again|subsequently|afterwards)(?:\s+(?!(?:he|she|it|they|we|i|there|who|which|that)\s)[\p{Ll}\p{N}-]+){0,4}\s+)?(?:(?:has|have|had|was|were|is|are|will|would|also|then|later)\s+)*$/u;

/** "to Palestinian-ruled Ramallah", "in the capital": a name in a locative phrase is where, not who. */
const LOCATIVE_BEFORE = /\b(?:in|at|to|from|into|near|across|via)\s+(?:the\s+)?(?:[\p{L}]+-\p{Ll}+\s+)?$/iu;

/** "urged them to travel there and fight": a bare verb after "and" continues an infinitive, whose subject is someone else's. */
const INFINITIVE_BEFORE = /\bto\s+(?!(?:the|a|an|his|her|its|their|this|these|those|our|my|your)\b)\p{Ll}[^,;:]*$/u;
const FINITE_OR_PARTICIPLE = /(?:ed|en|ing|s)$/u;

/** Where the predicate's verb starts: the trigger, or for a noun the support verb before it ("went into talks"). */
function verbStart(text: string, t: TriggerMatch, floor: number): number {
  if (t.entry.pos === "verb") return t.start;
  const from = Math.max(floor, t.start - 60);
  const support = SUPPORT_VERB.exec(text.slice(from, t.start));
  return support ? from + support.index + support[0].search(/\S/) : -1;
}

/**
 * The subject a coordinated predicate shares, or -1: the nearest name before the "and" that
 * stands where a subject stands (not a place, not after a preposition), with no name between the
 * "and" and the verb. Called only when the trigger's own clause yielded no subject.
 */
export function coordinatedSubject(text: string, ms: ResolvedMention[], t: TriggerMatch, sentenceStart: number): number {
  const verbAt = verbStart(text, t, sentenceStart);
  if (verbAt < 0) return -1;
  const m = AND_PREDICATE.exec(text.slice(Math.max(sentenceStart, verbAt - 80), verbAt));
  if (!m) return -1;
  const andAt = verbAt - m[0].length;
  if (t.entry.pos === "verb" && !FINITE_OR_PARTICIPLE.test(t.head) && INFINITIVE_BEFORE.test(text.slice(Math.max(sentenceStart, andAt - 120), andAt))) return -1;
  for (let i = ms.length - 1; i >= 0; i--) {
    const x = ms[i]!;
    if (x.end > verbAt) continue;
    if (x.end > andAt) return -1;
    if (x.start < sentenceStart) return -1;
    if (LOCATIVE_BEFORE.test(text.slice(Math.max(sentenceStart, x.start - 40), x.start))) continue;
    if (isSubjectLike(text, x, sentenceStart)) return i;
  }
  return -1;
}
