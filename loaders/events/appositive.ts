import type { ResolvedMention } from "../types.js";
import { clauseHasNoSubject } from "./gate.js";

// "Armenia's interior minister, Karl Steen, blamed Azerbaijan …", "The party's leader, Ana Lund,
// called for …": a description opening the sentence, then a name set off by commas, then the
// verb. The clause reading cuts at the commas, so the verb's clause has no subject of its own;
// the name in apposition is it.

/** A description opening a sentence: a determiner or a possessor, then a few words, no clause of its own. */
const DESCRIPTION = /^\s*(?:(?:the|a|an|its|his|her|their)\s|\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}['’]s?\s)[^,;:"“”()]{0,60},\s*$/iu;
/** Words that give a description a clause of its own: "The minister, who …", "After the talks ended, …". */
const CLAUSE_WORD = /\b(?:who|which|that|when|after|before|while|since|because|if|said|says|told|was|were|is|are|has|have|had)\b/iu;

/**
 * The index in `ms` of the name in apposition to the description that opens the sentence, when
 * only its closing comma (and adverbs) stand between it and the verb at `verbAt`; -1 when none.
 */
export function appositiveSubject(text: string, ms: ResolvedMention[], sentenceStart: number, verbAt: number): number {
  for (let i = ms.length - 1; i >= 0; i--) {
    const m = ms[i]!;
    if (m.end > verbAt) continue;
    if (m.start < sentenceStart || (m.kind !== "person" && m.kind !== "organization")) return -1;
    const gap = /^\s*,([^,]*)$/u.exec(text.slice(m.end, verbAt));
    if (!gap || !clauseHasNoSubject(gap[1]!)) return -1;
    const lead = text.slice(sentenceStart, m.start);
    return DESCRIPTION.test(lead) && !CLAUSE_WORD.test(lead) ? i : -1;
  }
  return -1;
}
