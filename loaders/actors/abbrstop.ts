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
  const end = endWithStop(toks, s.b - 1);
  return end === toks[s.b - 1]!.end ? s : { start: s.start, end, type: s.type, a: s.a, b: s.b + 1, titled: s.titled };
}

/** Where a name ending on toks[last] ends: after the full stop written right after it when that stop is the name's. */
export function endWithStop(toks: Tok[], last: number): number {
  const word = toks[last]!, dot = toks[last + 1], next = toks[last + 2];
  if (dot?.text !== "." || dot.start !== word.end || !keepsStop(word.text)) return word.end;
  if (!next || next.sentence !== dot.sentence || !(next.word ? !next.initial : GOES_ON.has(next.text))) return word.end;
  return dot.end;
}

/** The name without an abbreviation's stop, as the rules and the gazetteer write it ("Acme Corp"). */
export const withoutStop = (text: string): string => (text.endsWith(".") && keepsStop(text.slice(text.lastIndexOf(" ") + 1, -1)) ? text.slice(0, -1) : text);
