import type { Doc } from "../types.js";
import type { Candidate } from "./candidate.js";
import { lexiconTag } from "./lextokens.js";

// Signs reading "Save Lincoln", chants of "Stop Harwick Dam": a quoted slogan opens on a verb in the
// imperative, and its capitals make it read as a name. A candidate that is the whole of a quotation
// and opens on a word the lexicon knows as a verb is no actor.

const OPEN = /["“‘']\s*$/u;
const CLOSE = /^[.,!?]?\s*["”’']/u;
const VERB = /^(?:Infinitive|Verb|PresentTense)$/u;

/** The candidates without quoted slogans. */
export function withoutSlogans(doc: Doc, cands: Candidate[]): Candidate[] {
  const slogan = (c: Candidate) => {
    if (!/\s/.test(c.text) || !OPEN.test(doc.text.slice(Math.max(0, c.start - 2), c.start)) || !CLOSE.test(doc.text.slice(c.end, c.end + 3))) return false;
    const tag = lexiconTag(c.text.split(/\s/)[0]!.toLowerCase());
    return !!tag && VERB.test(tag);
  };
  return cands.some(slogan) ? cands.filter((c) => !slogan(c)) : cands;
}
