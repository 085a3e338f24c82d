import { lexiconTags } from "../text/compromise.js";
import type { TriggerMatch } from "./matcher.js";
import type { ResolvedMention, Sentence } from "../types.js";
import { ingForm } from "./ing-form.js";

// A subordinate clause ("as", "while", "when" …) with a subject of its own tells that
// subject's acts, not the main clause subject's. When its subject names no actor (a fire, a storm,
// the fighting, unnamed mediators), what it tells is no act of the sentence's actors:
//   "X declared an emergency as a wildfire tore through towns, killing 14 and destroying homes"
//   (a participle after a comma hangs on the nearest finite clause before it, here the fire's);
//   "X and Y traded accusations, as mediators prepared for a new round of talks".
// ("after", "before", "since" are left out: as often prepositions, "landed and after lunch opened negotiations".)

/** Right before a participle: the comma, or the comma and a first participle coordinated with it (", killing 14 and "). */
const PARTICIPLE_CHAIN = /,\s*(?:\p{Ll}+ing\b[^,;:]*?\s(?:and|or)\s+)?$/u;

/** The last subordinator before the participle's comma, with no other comma between (its clause runs up to that comma). */
const BEFORE_PARTICIPLE = /(?<!\b(?:such|well|soon|long|so|far|much)\s+)\b(?:as|while|whilst|when|because|although|though)\s+([^,;:—–]*),\s*(?:\p{Ll}+ing\b[^,;:]*?\s(?:and|or)\s+)?$/u;

/** The last subordinator before a trigger inside its clause (no comma between). */
const AROUND_TRIGGER = /(?<!\b(?:such|well|soon|long|so|far|much)\s+)\b(?:as|while|whilst|when|because|although|though)\s+([^,;:—–]*)$/u;

/** Words no subject of a subordinate clause begins with or holds: a pronoun may stand for an actor, a relative opens another clause. */
export const NOT_A_SUBJECT = /^(?:he|she|they|it|we|i|you|who|which|that|there|this|to|of|in|on|at|for|with|by|from|part|result|well)$/iu;

const IRREGULAR_PAST = /^(?:tore|swept|struck|hit|spread|fell|rose|broke|shook|burnt|blew|ran|hung|went|came|grew|drew|began|took|left|sank|froze|overran|was|were|is|are|has|had|have)$/u;

/** A finite verb (past, present or copula) as compromise's lexicon tags it, or a regular or common irregular past. */
export function finiteVerb(word: string): boolean {
  if (IRREGULAR_PAST.test(word) || /^\p{Ll}{3,}ed$/u.test(word)) return true;
  return lexiconTags(word).some((tag) => tag === "PastTense" || tag === "PresentTense" || tag === "Copula");
}

/**
 * Whether the subordinate clause whose words (after the subordinator) start at `at` has a subject
 * of one to five words, then a finite verb, and no mention in that subject. `last` bounds the verb:
 * a trigger inside the subject ("when talks collapsed") is that clause's own noun, not told by it.
 */
function thingSubject(clause: string, at: number, ms: ResolvedMention[], last: number): boolean {
  const words = clause.split(/\s+/u);
  const verb = words.findIndex((w, i) => i > 0 && finiteVerb(w));
  if (verb < 1 || verb > 5 || words.slice(0, verb).some((w) => NOT_A_SUBJECT.test(w))) return false;
  const end = at + words.slice(0, verb).join(" ").length;
  if (end >= last) return false;
  return !ms.some((x) => x.end > at && x.start < end);
}

/** Whether the participle trigger `t` hangs on a subordinate clause whose subject names no actor nor pronoun. */
export function hangsOnThingClause(text: string, s: Sentence, t: TriggerMatch, ms: ResolvedMention[]): boolean {
  if (t.entry.pos !== "verb" || !ingForm(t.head)) return false;
  const before = text.slice(Math.max(s.start, t.start - 200), t.start);
  if (!PARTICIPLE_CHAIN.test(before)) return false;
  const m = BEFORE_PARTICIPLE.exec(before);
  return !!m && thingSubject(m[1]!, t.start - before.length + m.index + m[0].indexOf(m[1]!), ms, t.start);
}

/**
 * Whether the trigger stands after the verb of a subordinate clause whose subject names no actor,
 * while its source was found before that clause: the source is then another clause's subject.
 */
export function inThingClause(text: string, s: Sentence, t: TriggerMatch, ms: ResolvedMention[], source: string | null): boolean {
  if (!source) return false;
  const before = text.slice(Math.max(s.start, t.start - 160), t.start);
  const m = AROUND_TRIGGER.exec(before);
  if (!m) return false;
  const at = t.start - before.length + m.index;
  // A source named inside the clause is its own (found by the subject search); only one from before it is borrowed.
  if (ms.some((x) => x.actor === source && x.start >= at && x.end <= t.end)) return false;
  return thingSubject(m[1]!, at + m[0].indexOf(m[1]!), ms, t.start);
}

/** "as", not "such as" nor "as well as", right before a name; and the word right after the name. */
// (The lookahead checks "as" before the lookbehind is tried: the same matches, far fewer lookbehinds.)
const AS_BEFORE = /(?=as\s)(?<!\b(?:such|well|just|so)\s+)\bas\s+(?:the\s+)?$/iu;
const WORD_AFTER = /^\s+(?:(?:also|then|again|now)\s+)?(\p{Ll}+)\b/u;

/**
 * "X shut the crossing as Y held talks with Z": a name after "as" and before a finite verb is the
 * subject of the clause "as" opens, not a phrase's noun ("served as Y's envoy").
 */
export function opensAsClause(text: string, m: ResolvedMention): boolean {
  if (!AS_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start))) return false;
  const w = WORD_AFTER.exec(text.slice(m.end, m.end + 30))?.[1];
  return !!w && finiteVerb(w);
}
