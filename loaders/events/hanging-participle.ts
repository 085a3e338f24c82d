import { lexiconTags } from "../text/compromise.js";
import type { TriggerMatch } from "./matcher.js";
import type { ResolvedMention, Sentence } from "../types.js";

// "X declared an emergency as a wildfire tore through towns, killing 14 and destroying homes": a
// participle after a comma hangs on the nearest finite clause before it. When that clause is a
// subordinate one ("as", "while", "when", "after") with a subject of its own, the participle tells
// that subject's act, not the main clause's; a subject naming no actor (a fire, a storm, the
// fighting) makes it no political act at all.

/** Right before the trigger: the comma, or the comma and a first participle coordinated with it (", killing 14 and "). */
const PARTICIPLE_CHAIN = /,\s*(?:\p{Ll}+ing\b[^,;:]*?\s(?:and|or)\s+)?$/u;

/** The last subordinator before the participle's comma, with no other comma between (its clause runs up to that comma). */
const SUBORDINATE = /(?<!\b(?:such|well|soon|long|so|far|much)\s+)\b(?:as|while|whilst|when|after|before|because|since|although|though)\s+([^,;:—–]*),\s*(?:\p{Ll}+ing\b[^,;:]*?\s(?:and|or)\s+)?$/u;

/** Words no subject of a subordinate clause begins with or holds: a pronoun may stand for an actor, a relative opens another clause. */
const NOT_A_SUBJECT = /^(?:he|she|they|it|we|i|you|who|which|that|there|this|to|of|in|on|at|for|with|by|from|part|result|well)$/iu;

const IRREGULAR_PAST = /^(?:tore|swept|struck|hit|spread|fell|rose|broke|shook|burnt|blew|ran|hung|went|came|grew|drew|began|took|left|sank|froze|overran|was|were|is|are|has|had|have)$/u;

/** A finite verb (past, present or copula) as compromise's lexicon tags it, or a regular or common irregular past. */
function finiteVerb(word: string): boolean {
  if (IRREGULAR_PAST.test(word) || /^\p{Ll}{3,}ed$/u.test(word)) return true;
  return lexiconTags(word).some((tag) => tag === "PastTense" || tag === "PresentTense" || tag === "Copula");
}

/**
 * Whether the participle trigger `t` hangs on a subordinate clause whose subject names no actor
 * nor pronoun (and so tells no act of the sentence's actors).
 */
export function hangsOnThingClause(text: string, s: Sentence, t: TriggerMatch, ms: ResolvedMention[]): boolean {
  if (t.entry.pos !== "verb" || !t.head.endsWith("ing")) return false;
  const before = text.slice(Math.max(s.start, t.start - 200), t.start);
  if (!PARTICIPLE_CHAIN.test(before)) return false;
  const m = SUBORDINATE.exec(before);
  if (!m) return false;
  // The subject: one to five words before the clause's finite verb.
  const words = m[1]!.split(/\s+/u);
  const verb = words.findIndex((w, i) => i > 0 && finiteVerb(w));
  if (verb < 1 || verb > 5 || words.slice(0, verb).some((w) => NOT_A_SUBJECT.test(w))) return false;
  const subjectStart = t.start - before.length + m.index + m[0].indexOf(m[1]!);
  const subjectEnd = subjectStart + words.slice(0, verb).join(" ").length;
  return !ms.some((x) => x.end > subjectStart && x.start < subjectEnd);
}
