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
const TOKEN = /[A-Za-z]+(?![\p{L}\p{M}\p{N}'’.])|\p{Lu}(?:\.\p{Lu})+\.?|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Col|Lt|Prof|Gov|Jr|Sr)\.|['’][sS](?![\p{L}\p{N}])|\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{M}\p{N}]+(?:['’](?![sS](?![\p{L}\p{N}]))[\p{L}\p{M}]+)*|``|''|[^\s]/gu;

const OPENERS = new Set(["“", "\"", "``", "‘", "'", "(", "[", ":", "—", "–", "«", "…"]);

/** Per distinct token: its tag and character classes (words repeat; the regexes run once each). */
const lexemes = new TextTable<Lexeme>(500_000);

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c: number) => c >= 48 && c <= 57;

/** Start of the token nextToken last found. */
let tokenStart = 0;

/**
 * End of TOKEN's next match at or after `from` (its start left in tokenStart), or -1
 * when there is none. A match starts at the first character that is not white space
 * (the last alternative takes any other); the commonest cases, ASCII words, numbers
 * and punctuation with an ASCII character after them, are cut here the way TOKEN
 * cuts them, and anything else is left to TOKEN from that character.
 */
function nextToken(text: string, from: number): number {
  const n = text.length;
  let p = from, c = 0;
  while (p < n && ((c = text.charCodeAt(p)) === 32 || (c >= 9 && c <= 13))) p++;
  if (p >= n) return -1;
  if (c < 128) {
    let e = p + 1;
    if (isLetter(c)) {
      while (e < n && isLetter(text.charCodeAt(e))) e++;
      const d = e < n ? text.charCodeAt(e) : 32;
      // TOKEN's first alternative: not followed by a letter, mark, digit, apostrophe or full stop.
      if (d < 128 && !isLetter(d) && !isDigit(d) && d !== 39 && d !== 46) return ((tokenStart = p), e);
    } else if (isDigit(c)) {
      while (e < n && isDigit(text.charCodeAt(e))) e++;
      const d = e < n ? text.charCodeAt(e) : 32;
      // A number: no more digits, nor a separator that could continue it.
      if (d < 128 && !isDigit(d) && d !== 46 && d !== 44) return ((tokenStart = p), e);
    } else if (c !== 39 && c !== 96) return ((tokenStart = p), e);
  }
  TOKEN.lastIndex = p;
  const m = TOKEN.exec(text);
  if (!m) return -1;
  tokenStart = m.index;
  return tokenStart + m[0].length;
}

function lexeme(v: string): Lexeme {
  return { text: v, pos: guessPos(v), cap: CAP_START.test(v), word: WORDLIKE.test(v), opener: OPENERS.has(v), lowerStart: LOWER_START.test(v), ner: null, info: null };
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
