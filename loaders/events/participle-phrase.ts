// "faulted the monitors posted to X", "its support for an accord vetoed by X": a name after a
// past participle that follows the object's noun sits in a reduced relative on that noun. It is
// where the monitors went or who vetoed the accord, not the act's counterpart.

/** Irregular past participles common in such phrases; regular ones end in -ed. */
const IRREGULAR = "sent|led|held|brought|kept|set|put|taken|given|drawn|flown|thrown|built|sold|bought|won|fought|caught|left|made|shown|seen|known";

/** A word that turns a participle into a verb of its own clause ("was blocked by"), not a modifier. */
const NOT_A_NOUN = new Set([
  "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "get", "got", "gets", "he", "she", "it", "they", "we", "i", "you", "who", "which", "that", "and", "or", "but", "then", "not", "also", "to",
]);

/** Noun word, an optional adverb, the participle and its preposition, right before the name. */
// Both patterns open on a word: its start is the leftmost place a match can begin, so starts inside
// a word are skipped, and a text with no participle right before such a preposition is not run at all.
const REDUCED = new RegExp(
  `(?<![\\p{L}-])([\\p{L}-]+)\\s+(?:\\p{Ll}+ly\\s+)?(?:\\p{Ll}+ed|${IRREGULAR})\\s+(to|by|on|against|into|from|in|at|for|with|over)\\s+(?:the\\s+)?$`,
  "u",
);

/** A participle's end and its preposition: both patterns need them (a cheap test before the costly one). */
const PARTICIPLE_PREPOSITION = new RegExp(`(?:ed|${IRREGULAR})\\s+(?:to|by|on|against|into|from|in|at|for|with|over)\\s`);

/**
 * Whether the name starting at `nameStart` sits in a participle phrase on a noun between the trigger's
 * end (`from`) and it. A "by" agent is kept when `keepBy` (the agent of a condemned deed is its target).
 */
export function inParticiplePhrase(text: string, from: number, nameStart: number, keepBy: boolean): boolean {
  const slice = text.slice(from, nameStart);
  const m = PARTICIPLE_PREPOSITION.test(slice) ? REDUCED.exec(slice) : null;
  if (!m || (keepBy && m[2] === "by")) return false;
  return !NOT_A_NOUN.has(m[1]!.toLowerCase());
}

/** The subject's side: a participle phrase on a noun, then up to four words of a name phrase, before the name ("an act drafted with him and Senator X"). */
const REDUCED_BEFORE_NAME = new RegExp(
  `(?<![\\p{L}-])([\\p{L}-]+)\\s+(?:\\p{Ll}+ly\\s+)?(?:\\p{Ll}+ed|${IRREGULAR})\\s+(to|on|against|into|from|for|with|over)\\s+(?:(?:the|him|her|them|and|\\p{Lu}[\\p{L}.'’-]*)\\s+){0,4}$`,
  "u",
);

/**
 * Whether a name found as the clause's subject sits in a participle phrase on the noun that is the
 * subject ("An act credited to X extended …"). A "by" agent is no such case ("forces led by X
 * attacked" are X's), nor "after", which follows intransitive verbs ("the fighting stopped after X").
 */
export function subjectInParticiplePhrase(text: string, clauseStart: number, nameStart: number): boolean {
  const slice = text.slice(Math.max(clauseStart, nameStart - 80), nameStart);
  const m = PARTICIPLE_PREPOSITION.test(slice) ? REDUCED_BEFORE_NAME.exec(slice) : null;
  return !!m && !NOT_A_NOUN.has(m[1]!.toLowerCase()) && !/[,;:]/u.test(m[0]);
}
