import type { Doc } from "../types.js";
import type { Candidate } from "./candidate.js";
import { lexiconTag } from "./lextokens.js";

// "Born in London in 1934, she …", "Raised in Lagos, he …": a participle opening a sentence before
// its preposition carries the sentence's capital, and the tagger reads it as a name. A word the
// lexicon knows as a verb, alone, first in its sentence and followed by a preposition, is none.

const VERB_TAGS = /^(?:Verb|PastTense|Participle|Infinitive|Gerund|PresentTense)$/u;
const PREPOSITION_AFTER = /^\s+(?:in|at|on|to|into|from|by|near|with|as|for)\s/u;

/** The candidates without sentence-opening participles read as names. */
export function withoutOpeningVerbs(doc: Doc, cands: Candidate[]): Candidate[] {
  const verb = (c: Candidate) => {
    if (/\s/.test(c.text) || c.kind === "country") return false;
    const sentence = doc.sentences[c.sentence];
    if (!sentence || doc.text.slice(sentence.start, c.start).trim() !== "") return false;
    const tag = lexiconTag(c.text.toLowerCase());
    return !!tag && VERB_TAGS.test(tag) && PREPOSITION_AFTER.test(doc.text.slice(c.end, c.end + 8));
  };
  return cands.some(verb) ? cands.filter((c) => !verb(c)) : cands;
}
