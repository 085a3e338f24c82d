import type { TriggerMatch } from "./matcher.js";

// "<State> called the expulsion unjustified", "called the shelling a massacre", "called the tests
// reckless": naming another's act with a word of condemnation is a condemnation (PLOVER ACCUSE).
// The lexicon row wants a determiner or a pronoun right after "called" (so "called for an end to
// the massacre" and "called on X" keep their own rows) and reads any words in its gap; only a noun
// phrase may stand there ("called the meeting to discuss the crime" convenes, and is none).

/** Words that cannot stand inside the object noun phrase of "called X <judgement>". */
const NOT_IN_OBJECT = /\s(?:for|on|upon|off|up|out|back|to|about|over|after|before|in|at|with|from|against|and|or|but|that|which|who|was|is|were|are|be|been|has|had|have|will|would|meeting|session|conference)\b/iu;

/** Whether a "called … <judgement>" match is no judgement of an object. */
export function notCalledJudgement(t: TriggerMatch, text: string): boolean {
  return t.entry.mode === "condemnation (called)" && t.entry.pos === "verb" && NOT_IN_OBJECT.test(text.slice(t.headEnd, t.end));
}
