import { LEXICON, lexiconTags } from "../text/compromise.js";
import type { Doc } from "../types.js";
import { sentenceAt } from "../text/sentences.js";
import { TextTable } from "./intern.js";
import type { Lexeme, Tok } from "./tok.js";

// A regex tokenizer with part-of-speech read from compromise's English lexicon
// (≈25k words with their tags), instead of tagging every word in context: the
// tagger only needs to know whether a capitalised word is an ordinary English
// word ("Meanwhile", "According", "High") or a name, and whether the word after a
// name is a noun ("Kyiv club") or a verb ("Kyiv warned"). A lookup answers both
// at a few million words/s, where a contextual tagger runs at ≈250k.

export { LEXICON };

const NAME_TAGS = /^(FirstName|MaleName|FemaleName|LastName|Person|Country|City|Place|Region|Organization|ProperNoun|Honorific|Demonym|Month|WeekDay)$/;

/** Auxiliaries the lexicon files under infinitives ("have"): after a name they are verbs. */
const AUX = /^(have|has|had|do|does|did|is|are|was|were|be|been|will|would|can|could|should|shall|may|might|must)$/;

/** compromise's lexicon tag of a lower-cased word or phrase ("new york"), if it has one. */
export function lexiconTag(lower: string): string | undefined {
  return lexiconTags(lower)[0];
}

const GIVEN_NAME = /^(?:FirstName|MaleName|FemaleName)$/u;
/** Whether the lexicon files a lower-cased word first as a given name ("ana", "tom"). */
export const givenNameWord = (lower: string): boolean => GIVEN_NAME.test(lexiconTag(lower) ?? "");

// Module-level: a bundler may rewrite a Unicode property escape as a RegExp built at each use.
const CAP_START = /^\p{Lu}/u, LOWER_START = /^\p{Ll}/u, NUM_START = /^\p{N}/u, LETTER = /[\p{L}]/u, ALL_CAPS = /^\p{Lu}[\p{Lu}.]+$/u, WORDLIKE = /[\p{L}\p{N}]/u;
const VERB_TAGS = /^(PastTense|PresentTense|Gerund|Participle|Modal|Copula|Auxiliary|Verb|PhrasalVerb)$/;
const NOUN_TAGS = /^(Singular|Plural|Uncountable|Noun|Actor|Infinitive|Possessive)$/;

/** Universal POS for a word: PROPN for a capitalised word the lexicon does not know as an ordinary word. */
export function guessPos(word: string): string {
  const cap = CAP_START.test(word);
  const lower = word.toLowerCase();
  const tag = lexiconTag(lower);
  if (NUM_START.test(word)) return "NUM";
  if (!LETTER.test(word)) return "PUNCT";
  if (cap && (!tag || NAME_TAGS.test(tag) || ALL_CAPS.test(word))) return "PROPN";
  if (AUX.test(lower)) return "AUX";
  if (!tag) return cap ? "PROPN" : /ly$/.test(lower) ? "ADV" : "NOUN";
  if (VERB_TAGS.test(tag)) return "VERB";
  // A bare infinitive right after a name is a noun ("Kyiv club", "Moscow summit"): English verbs agree.
  if (NOUN_TAGS.test(tag)) return "NOUN";
  if (tag === "Adjective" || tag === "Comparative" || tag === "Superlative") return "ADJ";
  if (tag === "Adverb") return "ADV";
  if (tag === "Preposition") return "ADP";
  if (tag === "Determiner") return "DET";
  if (tag === "Pronoun") return "PRON";
  if (tag === "Conjunction") return "CCONJ";
  return "X";
}

// A plain ASCII word not followed by anything that could extend it (tried first: most
// tokens are, and it spares the Unicode alternatives), dotted abbreviations (U.S., D.C.),
// honorifics with a dot, the possessive ’s, words with inner apostrophes (O’Brien),
// numbers with separators, the TeX-style quotes of older wires (``…''), then any other character.
const TOKEN = /[A-Za-z]+(?![\p{L}\p{M}\p{N}'’.])|\p{Lu}(?:\.\p{Lu})+\.?|\b(?:Mr|Mrs|Ms|Dr|St|ST|Gen|Sen|Rep|Col|Lt|Maj|Brig|Prof|Gov|Jr|Sr|Sgt|Det|Capt|Cpl|Pvt|Adm|Supt|Insp|Cmdr|Atty)\.|['’][sS](?![\p{L}\p{N}])|\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{M}\p{N}]+(?:['’](?![sS](?![\p{L}\p{N}]))[\p{L}\p{M}]+)*|``|''|[^\s]/gu;

const OPENERS = new Set(["“", "\"", "``", "‘", "'", "(", "[", ":", "—", "–", "«", "…"]);

/** Per distinct token: its tag and character classes (words repeat; the regexes run once each). */
const lexemes = new TextTable<Lexeme>(500_000);

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c: number) => c >= 48 && c <= 57;

/** Start of the token nextToken last found. */
let tokenStart = 0;

/** Titles TOKEN's third alternative keeps with their full stop ("Mr."). */
const DOTTED = new Set(["Mr", "Mrs", "Ms", "Dr", "St", "ST", "Gen", "Sen", "Rep", "Col", "Lt", "Maj", "Brig", "Prof", "Gov", "Jr", "Sr", "Sgt", "Det", "Capt", "Cpl", "Pvt", "Adm", "Supt", "Insp", "Cmdr", "Atty"]);
/** Quotation marks, dashes and an ellipsis: tokens of one character wherever they stand. */
const SINGLE = new Set([0x201c, 0x201d, 0x2018, 0x2014, 0x2013, 0x2026, 0xab, 0xbb]);

/** Whether a possessive's s stands at i: an s or S before the end or a character that is no letter or digit (1), not (0), or -1 when the next character is not ASCII. */
function possessiveAt(text: string, i: number): number {
  const s = text.charCodeAt(i);
  if (s !== 115 && s !== 83) return 0;
  if (i + 1 >= text.length) return 1;
  const d = text.charCodeAt(i + 1);
  return d >= 128 ? -1 : !isLetter(d) && !isDigit(d) ? 1 : 0;
}

/**
 * Where TOKEN ends the ASCII letters text[p, e), or -1 when only TOKEN can tell: at e
 * when no letter, digit, apostrophe or full stop follows (its first alternative), or a
 * full stop follows a word of two letters or more that is no title (one letter may begin
 * "U.S."), or an apostrophe begins a possessive ("Russia’s"): its later word alternative.
 */
function wordEnd(text: string, p: number, e: number): number {
  const d = e < text.length ? text.charCodeAt(e) : 32;
  if (d < 128 && !isLetter(d) && !isDigit(d) && d !== 39 && d !== 46) return e;
  if (d === 46) return e - p >= 2 && !DOTTED.has(text.slice(p, e)) ? e : -1;
  if (d === 39 || d === 0x2019) return possessiveAt(text, e + 1) === 1 ? e : -1;
  return -1;
}

/** Where TOKEN ends the number whose first ASCII digits end at e: separators followed by digits join it ("1,000.5"); -1 when only TOKEN can tell. */
function numberEnd(text: string, e: number): number {
  const n = text.length;
  for (;;) {
    const d = e < n ? text.charCodeAt(e) : 32;
    // Any other script's digits continue it: left to TOKEN.
    if (d >= 128) return -1;
    if ((d === 46 || d === 44) && e + 1 < n) {
      const f = text.charCodeAt(e + 1);
      if (isDigit(f)) {
        e += 2;
        while (e < n && isDigit(text.charCodeAt(e))) e++;
        continue;
      }
      if (f >= 128) return -1;
    }
    return e;
  }
}

/**
 * End of TOKEN's next match at or after `from` (its start left in tokenStart), or -1
 * when there is none. A match starts at the first character that is not white space
 * (the last alternative takes any other); the commonest cases, ASCII words and numbers,
 * punctuation, quotation marks and possessives, are cut here the way TOKEN cuts them,
 * and anything else is left to TOKEN from that character.
 */
function nextToken(text: string, from: number): number {
  const n = text.length;
  let p = from, c = 0;
  while (p < n && ((c = text.charCodeAt(p)) === 32 || (c >= 9 && c <= 13) || c === 0xa0)) p++;
  if (p >= n) return -1;
  let e = -1;
  if (isLetter(c)) {
    e = p + 1;
    while (e < n && isLetter(text.charCodeAt(e))) e++;
    e = wordEnd(text, p, e);
  } else if (isDigit(c)) {
    e = p + 1;
    while (e < n && isDigit(text.charCodeAt(e))) e++;
    e = numberEnd(text, e);
  } else if (c < 128 ? c !== 39 && c !== 96 : SINGLE.has(c)) e = p + 1;
  else if (c === 0x2019) {
    // TOKEN's possessive alternative, or the mark alone.
    const s = possessiveAt(text, p + 1);
    e = s === 1 ? p + 2 : s === 0 ? p + 1 : -1;
  }
  if (e >= 0) return ((tokenStart = p), e);
  TOKEN.lastIndex = p;
  const m = TOKEN.exec(text);
  if (!m) return -1;
  tokenStart = m.index;
  return tokenStart + m[0].length;
}

function lexeme(v: string): Lexeme {
  return { text: v, lower: v.toLowerCase(), pos: guessPos(v), cap: CAP_START.test(v), word: WORDLIKE.test(v), opener: OPENERS.has(v), lowerStart: LOWER_START.test(v), ner: null, info: null };
}

export function lexTokenize(doc: Doc): Tok[] {
  const text = doc.text;
  const toks: Tok[] = [];
  let prevSentence = -2;
  let sIdx = 0;
  let prev: Tok | undefined, prevOpener = false;
  for (let end = nextToken(text, 0); end >= 0; end = nextToken(text, end)) {
    const start = tokenStart;
    // Sentences are sorted: walk them alongside the tokens instead of searching each time.
    while (sIdx < doc.sentences.length && doc.sentences[sIdx]!.end <= start) sIdx++;
    const s = doc.sentences[sIdx] && doc.sentences[sIdx]!.start <= start ? doc.sentences[sIdx] : sentenceAt(doc.sentences, start);
    const sentence = s ? s.index : -1;
    let lineStart = !prev;
    for (let k = prev ? prev.end : start; k < start && !lineStart; k++) lineStart = text.charCodeAt(k) === 10;
    const initial = sentence !== prevSentence || lineStart || (prevOpener && (prev!.end < start || !/[—–]/.test(prev!.text)));
    prevSentence = sentence;
    const info = lexemes.get(text, start, end, lexeme);
    const t: Tok = { i: toks.length, start, end, text: info.text, pos: info.pos, initial, sentence, cap: info.cap, word: info.word, lex: info };
    toks.push(t);
    prev = t;
    prevOpener = info.opener;
  }
  return toks;
}
