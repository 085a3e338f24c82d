import { LEXICON, lexiconTags } from "../text/compromise.js";
import type { Doc } from "../types.js";
import { sentenceAt } from "../text/sentences.js";
import type { Tok } from "./tok.js";

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

/** Universal POS for a word: PROPN for a capitalised word the lexicon does not know as an ordinary word. */
export function guessPos(word: string): string {
  const cap = /^\p{Lu}/u.test(word);
  const lower = word.toLowerCase();
  const tag = lexiconTag(lower);
  if (/^\p{N}/u.test(word)) return "NUM";
  if (!/[\p{L}]/u.test(word)) return "PUNCT";
  if (cap && (!tag || NAME_TAGS.test(tag) || /^\p{Lu}[\p{Lu}.]+$/u.test(word))) return "PROPN";
  if (AUX.test(lower)) return "AUX";
  if (!tag) return cap ? "PROPN" : /ly$/.test(lower) ? "ADV" : "NOUN";
  if (/^(PastTense|PresentTense|Gerund|Participle|Modal|Copula|Auxiliary|Verb|PhrasalVerb)$/.test(tag)) return "VERB";
  // A bare infinitive right after a name is a noun ("Kyiv club", "Moscow summit"): English verbs agree.
  if (/^(Singular|Plural|Uncountable|Noun|Actor|Infinitive|Possessive)$/.test(tag)) return "NOUN";
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
const infoCache = new Map<string, { pos: string; cap: boolean; word: boolean }>();

export function lexTokenize(doc: Doc): Tok[] {
  const text = doc.text;
  const toks: Tok[] = [];
  let prevSentence = -2;
  let sIdx = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const v = m[0];
    const start = m.index!;
    const end = start + v.length;
    // Sentences are sorted: walk them alongside the tokens instead of searching each time.
    while (sIdx < doc.sentences.length && doc.sentences[sIdx]!.end <= start) sIdx++;
    const s = doc.sentences[sIdx] && doc.sentences[sIdx]!.start <= start ? doc.sentences[sIdx] : sentenceAt(doc.sentences, start);
    const sentence = s ? s.index : -1;
    const prev = toks[toks.length - 1];
    let lineStart = !prev;
    for (let k = prev ? prev.end : start; k < start && !lineStart; k++) lineStart = text.charCodeAt(k) === 10;
    const initial = sentence !== prevSentence || lineStart || (prev !== undefined && OPENERS.has(prev.text) && (prev.end < start || !/[—–]/.test(prev.text)));
    prevSentence = sentence;
    let info = infoCache.get(v);
    if (info === undefined) {
      info = { pos: guessPos(v), cap: /^\p{Lu}/u.test(v), word: /[\p{L}\p{N}]/u.test(v) };
      if (infoCache.size < 500_000) infoCache.set(v, info);
    }
    toks.push({ i: toks.length, start, end, text: v, pos: info.pos, initial, sentence, cap: info.cap, word: info.word });
  }
  return toks;
}
