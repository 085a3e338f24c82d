import { DAY_OR_MONTH } from "./datewords.js";
import { FIRM_KINDS } from "./lexicon/orgs.js";
import type { NameSpan } from "./ner/tagdoc.js";
import type { Tok } from "./tok.js";

// A sentence's first word and the firm it opens. "Harbor Coast Alliance said …": the rules leave a
// sentence's first word out of a body they found by its head word, since its capital says nothing.
// Where the tagger read that word into the same body, and it is a describing word or a noun (not
// "Yesterday", not a day's name), it is the name's own.

const OPENING_POS = new Set(["ADJ", "NOUN", "PROPN"]);

/** The sentence's first word a rules' body at `c` leaves out and the tagger's same body holds, or null. */
export function openingWordOf(toks: readonly Tok[], c: { start: number; end: number }, names: readonly NameSpan[]): Tok | null {
  const first = names.find((s) => s.type === "ORG" && s.end === c.end && s.b - s.a > 1 && toks[s.a + 1]!.start === c.start);
  const t = first && toks[first.a]!;
  return t && t.initial && t.cap && OPENING_POS.has(t.pos) && !DAY_OR_MONTH.test(t.text) && !FIRM_KINDS.has(t.lex.lower) ? t : null;
}

/**
 * "Health officials warned", "Rail operator fined": a capitalised word before a lower-case noun is the
 * compound's modifier. A plural after it may be a headline's verb instead ("Orvane cuts forecast"), so
 * a plural counts only with a verb after it.
 */
function compoundNoun(toks: readonly Tok[], end: number): boolean {
  const k = toks.findIndex((t) => t.start >= end);
  const next = toks[k];
  if (!next || !next.lex.lowerStart || next.pos !== "NOUN") return false;
  const after = toks[k + 1];
  return !next.text.endsWith("s") || (!!after && (after.pos === "VERB" || after.pos === "AUX"));
}

/**
 * "Orvane will invest … Orvane Cloud's chief said": a word the tagger left alone at a sentence's start,
 * where it reads capitals as ordinary words, is the organisation whose longer name it opens elsewhere
 * in the article (a division, a unit or the firm's full name).
 */
export function opensFirm(toks: readonly Tok[], text: string, c: { start: number; end: number; text: string }, names: readonly NameSpan[]): NameSpan | undefined {
  const word = c.text;
  // unless the article names the word alone elsewhere ("Lindvik election: … voters in Lindvik")
  if (compoundNoun(toks, c.end) && !names.some((s) => s.b - s.a === 1 && s.end - s.start === word.length && text.startsWith(word, s.start))) return undefined;
  return names.find((s) => s.type === "ORG" && s.b - s.a > 1 && !(s.start < c.end && c.start < s.end) && text.startsWith(word, s.start) && text.charCodeAt(s.start + word.length) === 32);
}
