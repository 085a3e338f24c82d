import type { Doc } from "../types.js";
import { wordInfo } from "./ner/wordinfo.js";
import type { Tok } from "./tok.js";

/**
 * Per sentence, the counts the tests below read, gathered in one pass over the tokens:
 * words with a letter, with a lower-case letter and without; words of four letters or
 * more, capitalised and not; word tokens capitalised and starting in lower case; commas;
 * and whether a bracket was seen.
 */
const C = { Lower: 0, UpperOnly: 1, CapLong: 2, LowLong: 3, CapWords: 4, LowerWords: 5, Commas: 6, Bracket: 7, LowShort: 8, N: 9 } as const;

/**
 * Short words every style of title case may leave in lower case: articles, conjunctions and
 * prepositions. Any other short word in lower case ("met", "won", "was") marks a sentence: title
 * case capitalises verbs whatever their length, so "Ann Ode met Bo Lee on Monday." is no headline.
 */
const TITLE_LOWER = new Set(["a", "an", "the", "and", "or", "nor", "but", "as", "at", "by", "for", "in", "of", "on", "to", "up", "via", "per", "vs", "off", "out", "de", "la", "le", "el", "du", "da", "di", "von", "van", "der"]);

/**
 * Sentences set in title case ("High Hopes Fade As Talks Stall In Geneva"): the tagger
 * learnt headlines in capitals, where a word's lower case still tells; in title case
 * its capitals mislead it, so there only the rules' gazetteer names are taken. Not a
 * line of data (a table's row, a dateline: clean/datalines.ts) nor a list of names: their
 * capitals are names, and Reuters' tables and line-ups taught the tagger to read them.
 */
export function titleCaseSentences(doc: Doc, toks: Tok[]): Set<number> {
  let top = -1;
  for (const t of toks) if (t.sentence > top) top = t.sentence;
  // Row s + 1 holds sentence s (tokens outside every sentence are sentence -1).
  const n = new Int32Array((top + 2) * C.N);
  for (const t of toks) {
    const r = (t.sentence + 1) * C.N;
    const w = (t.lex.info ??= wordInfo(t.text));
    if (w.hasLetter) {
      n[r + (w.hasLower ? C.Lower : C.UpperOnly)]!++;
      if (w.lower.length >= 4) n[r + (w.cap ? C.CapLong : C.LowLong)]!++;
    }
    if (t.word) {
      if (t.cap) n[r + C.CapWords]!++;
      else if (t.lex.lowerStart) {
        n[r + C.LowerWords]!++;
        if (w.lower.length < 4 && !TITLE_LOWER.has(w.lower)) n[r + C.LowShort]!++;
      }
    }
    if (t.text === ",") n[r + C.Commas]!++;
    else if (t.text === "(" || t.text === "[") n[r + C.Bracket] = 1;
  }
  const out = new Set<number>();
  for (let s = -1; s <= top; s++) {
    const r = (s + 1) * C.N;
    // Lines of data, lists ("Ann Lee, Bo Park, Cy Young") and asides ("Ann Lee (Canada)") are none.
    if (doc.sentences[s]?.data || n[r + C.Bracket] || n[r + C.Commas]! >= 2 || n[r + C.LowShort]) continue;
    if (n[r + C.Lower]! > 0 && caseless(n, r) && n[r + C.LowerWords]! * 2 <= n[r + C.CapWords]!) out.add(s);
  }
  return out;
}

/** features.ts caselessLine on the counts: a line in capitals, or in title case. */
function caseless(n: Int32Array, r: number): boolean {
  return (n[r + C.UpperOnly]! >= 2 && n[r + C.Lower]! === 0) || (n[r + C.CapLong]! >= 4 && n[r + C.LowLong]! === 0);
}

const SMALL_WORDS = new Set(["and", "the", "for", "nor", "but", "yet", "via", "per", "off", "out", "with", "from", "into", "over", "onto", "upon", "than", "that"]);

/** Sentences set in title case (headlines): unknown capitalised words there say nothing. */
export function headlineSentences(toks: Tok[]): Set<number> {
  // Title case capitalises every word of four letters or more (short prepositions and articles
  // may stay lower case): one such word in lower case ("praised") makes it a sentence.
  let top = -1;
  for (const t of toks) if (t.sentence > top) top = t.sentence;
  // Per sentence s (tokens outside every sentence are -1), at 2 (s + 1): capitalised words, long words in lower case.
  const caps = new Int32Array(2 * (top + 2));
  // Per sentence s at s + 1: 1 once a word shows sentence case (a flag array: set for many words, read once).
  const sentenceCase = new Uint8Array(top + 2);
  for (const t of toks) {
    // "Ann Ode met Bo Lee on Monday.": a short verb in lower case is no headline's
    if (t.word && !t.cap && t.text.length < 4 && t.lex.lowerStart && !TITLE_LOWER.has(t.text)) sentenceCase[t.sentence + 1] = 1;
    if (!t.word || t.text.length < 3 || t.pos === "NUM" || SMALL_WORDS.has(t.text)) continue;
    if (t.cap) caps[2 * (t.sentence + 1)]!++;
    else if (t.text.length >= 4) caps[2 * (t.sentence + 1) + 1]!++;
  }
  const out = new Set<number>();
  for (let s = -1; s <= top; s++) if (caps[2 * (s + 1)]! >= 4 && caps[2 * (s + 1) + 1] === 0 && !sentenceCase[s + 1]) out.add(s);
  return out;
}
