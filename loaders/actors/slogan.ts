import type { Doc } from "../types.js";
import type { Candidate } from "./candidate.js";
import { lexiconTag } from "./lextokens.js";

// Signs reading "Save Lincoln", chants of "Stop Harwick Dam": a quoted slogan opens on a verb in the
// imperative, and its capitals make it read as a name. A candidate that is the whole of a quotation
// and opens on a word the lexicon knows as a verb is no actor.

const OPEN = /["“‘']\s*$/u;
const CLOSE = /^[.,!?]?\s*["”’']/u;
const VERB = /^(?:Infinitive|Verb|PresentTense)$/u;
const VERB_OPENED = /["“‘']\s*(\p{Lu}\p{Ll}+)\s+$/u;

/** The candidates without quoted slogans. */
export function withoutSlogans(doc: Doc, cands: Candidate[]): Candidate[] {
  const verb = (word: string) => VERB.test(lexiconTag(word.toLowerCase()) ?? "");
  const slogan = (c: Candidate) => {
    if (!/\s/.test(c.text) || !CLOSE.test(doc.text.slice(c.end, c.end + 3))) return false;
    // "Save Our Schools" read from its second word: the verb opening the quotation stays outside the name
    const opened = VERB_OPENED.exec(doc.text.slice(Math.max(0, c.start - 14), c.start));
    if (opened) return verb(opened[1]!);
    return OPEN.test(doc.text.slice(Math.max(0, c.start - 2), c.start)) && verb(c.text.split(/\s/)[0]!);
  };
  return cands.some(slogan) ? cands.filter((c) => !slogan(c)) : cands;
}
