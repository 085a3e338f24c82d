import { DAY_OR_MONTH } from "./datewords.js";
import { gazetteer } from "./gazetteer.js";
import { LEGAL_FORMS, TITLE_WORDS } from "./orgshort.js";
import type { NameSpan } from "./ner/tagdoc.js";
import { mapSpans } from "./spanmap.js";
import type { Tok } from "./tok.js";

// Where a company's name begins. A business story opens on the company's full name
// ("Unified Freightlines Inc. reported …"); when its first word is a common word
// ("Unified", "Global"), the sentence's capital hides it from the tagger and the
// rules alike, and the name is cut to "Freightlines Inc.". The legal suffix says the
// run before it is one name; the article using that word as a name elsewhere says the
// sentence's start was all that stood between.

/** Parts of speech a company name's first word can have; adverbs, prepositions, conjunctions and the like open sentences instead. */
const NAME_POS = new Set(["NOUN", "ADJ", "PROPN", "VERB"]);
const LY = /ly$/;

/** The last word of a company's name is a legal form ("Inc", "Corp.", "Company"). */
export function endsWithLegalForm(toks: Tok[], s: { a: number; b: number }): boolean {
  const last = toks[s.b - 1]!.text === "." ? toks[s.b - 2] : toks[s.b - 1];
  return !!last && LEGAL_FORMS.has(last.text);
}

/**
 * The article's own word that the first word is a name's: written capitalised inside a sentence
 * elsewhere ("analysts expected Unified to …"), or before the same next word again ("Unified
 * Freightlines plans …"). A preposition or an adverb opening one sentence has neither.
 */
function usedAsName(toks: Tok[], k: number, titleCase: Set<number>): boolean {
  const word = toks[k]!.text, next = toks[k + 1]!.text;
  for (const t of toks) {
    if (t.i === k || t.text !== word || titleCase.has(t.sentence)) continue;
    if (!t.initial || toks[t.i + 1]?.text === next) return true;
  }
  return false;
}

/** The sentence's first word, right before toks[a], that may open a company's name. */
function openingWord(toks: Tok[], a: number, titleCase: Set<number>): boolean {
  const t = toks[a - 1], next = toks[a]!;
  if (!t || !t.initial || !t.word || !t.cap || t.sentence !== next.sentence || next.start - t.end !== 1) return false;
  if (!NAME_POS.has(t.pos) || LY.test(t.text) || t.text === "The" || TITLE_WORDS.has(t.text) || DAY_OR_MONTH.test(t.text)) return false;
  return !gazetteer().exact.has(t.text) && usedAsName(toks, a - 1, titleCase);
}

/** A company's name read without the sentence's first word ("Freightlines Inc.") runs back over it when the article uses that word as a name. */
export function companyFirstWord(toks: Tok[], names: NameSpan[], titleCase: Set<number>): NameSpan[] {
  return mapSpans(names, (s, i) => {
    if (s.type !== "ORG" || !endsWithLegalForm(toks, s) || !openingWord(toks, s.a, titleCase)) return s;
    // Not a word another name of the tagger already holds.
    if (i > 0 && names[i - 1]!.b > s.a - 1) return s;
    return { start: toks[s.a - 1]!.start, end: s.end, type: s.type, a: s.a - 1, b: s.b, titled: s.titled };
  });
}

/** Whether a name grew from a rule's organisation starting at `start` by the sentence's first word only, one that may open a company's name. */
export const grewByFirstWord = (toks: Tok[], s: NameSpan, start: number, titleCase: Set<number>): boolean =>
  toks[s.a + 1]?.start === start && openingWord(toks, s.a + 1, titleCase);
