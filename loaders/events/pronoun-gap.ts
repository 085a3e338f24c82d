import type { ResolvedMention } from "../types.js";

// "Bolivia released the Peruvian soldiers it had detained": a pronoun right before the verb is
// that verb's own subject (a contact relative clause), so the name before the pronoun is not: the
// subject-gap check would pass over the pronoun as one unknown word and give the detention to the
// state named in the object ("Peruvian"). "X said it would …" is read elsewhere
// (references.ts: the pronoun reported by a name's speech verb is that name).

/** A subject pronoun, then only auxiliaries, negation or adverbs, up to the verb. */
const OWN_PRONOUN = /(?:^|[^\p{L}'’])(?:it|they|we|he|she)\s+(?:(?:has|have|had|was|were|is|are|will|would|could|can|may|might|must|should|did|does|do|not|never|also|then|later|already|\p{Ll}+ly)\s+)*$/u;

/** Whether the gap between a name and a verb ends on a pronoun that is the verb's own subject. */
export function pronounOwnsVerb(gap: string): boolean {
  return OWN_PRONOUN.test(gap);
}

/** The verb right after the sentence's opening name: a past, a present in -s, or an auxiliary. */
const SUBJECT_VERB_AFTER = /^\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}+ed|\p{Ll}+[^s\P{Ll}]s|will|would|has|had|can|could|must|is|was)\b/u;

/** "it" (then auxiliaries) right before the verb, not opening the sentence. */
const IT_BEFORE = /[^\s]\s+it\s+(?:(?:has|had|was|is|will|would|could|can|may|might|must|should|did|does|not|never|also|then|later|already|\p{Ll}+ly)\s+)*$/u;
/** What may stand before the sentence's subject: a fronted time phrase and its comma, an article. */
const OPENING = /^\s*(?:(?:[Oo]n|[Ii]n|[Ll]ate|[Ee]arly|[Ee]arlier|[Ll]ater|[Mm]eanwhile|[Ll]ast|[Tt]his)\b[^,;:]{0,40},\s*)?(?:[Tt]he\s+)?$/u;

/**
 * "Bolivia released the soldiers it had detained": in a relative clause with no "that", "it" is the
 * state or body that opens the sentence as its subject. Its index in `ms`, or -1.
 */
export function itAntecedent(text: string, ms: ResolvedMention[], sentenceStart: number, verbAt: number, subjectLike: (m: ResolvedMention) => boolean): number {
  if (!IT_BEFORE.test(text.slice(Math.max(sentenceStart, verbAt - 60), verbAt))) return -1;
  const i = ms.findIndex((m) => m.start >= sentenceStart && m.end <= verbAt);
  const m = ms[i];
  if (!m || m.kind === "person" || m.kind === "place" || !OPENING.test(text.slice(sentenceStart, m.start)) || !subjectLike(m)) return -1;
  // The opening name must be the sentence's subject, with its own verb right after it: a past,
  // a present ("Norland plans to close the port because it opposes"), or an auxiliary.
  return SUBJECT_VERB_AFTER.test(text.slice(m.end, m.end + 30)) ? i : -1;
}
