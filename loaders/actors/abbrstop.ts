import type { NameSpan } from "./ner/tagdoc.js";
import type { Tok } from "./tok.js";
import { keepsStop } from "./lexicon/abbreviations.js";

/** Punctuation after which a sentence goes on ("Calif., where"); a closing quote or bracket may end it. */
const GOES_ON = new Set([",", ";", "-"]);

/**
 * "Acme Corp. said", "Riverton, Calif., where": a name whose last word is an abbreviation
 * keeps the full stop written right after it, which the tokenizer split off and the
 * tagger's spans leave out. Not where the sentence goes on no further: a stop that ends
 * it is read as the sentence's, CoNLL's convention (its tokenizer splits the stop off
 * there, and its names leave it out).
 */
export function withAbbreviationStop(toks: Tok[], s: NameSpan): NameSpan {
  const last = toks[s.b - 1]!, dot = toks[s.b], next = toks[s.b + 1];
  if (dot?.text !== "." || dot.start !== last.end || !keepsStop(last.text)) return s;
  if (!next || next.sentence !== dot.sentence || !(next.word ? !next.initial : GOES_ON.has(next.text))) return s;
  return { start: s.start, end: dot.end, type: s.type, a: s.a, b: s.b + 1, titled: s.titled };
}

/** The name without an abbreviation's stop, as the rules and the gazetteer write it ("Acme Corp"). */
export const withoutStop = (text: string): string => (text.endsWith(".") && keepsStop(text.slice(text.lastIndexOf(" ") + 1, -1)) ? text.slice(0, -1) : text);
