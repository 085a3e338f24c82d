import { lexiconTag } from "./lextokens.js";
import type { NameSpan } from "./ner/tagdoc.js";
import type { Tok } from "./tok.js";

// A sentence-case headline or a sentence opening on a capitalised common noun ("Bank merger approved",
// "Union calls strike") can lead the tagger to read the first word and the lower-case words after it
// as one name. A name does not run on into lower-case words right after its first word (particles and
// joining words aside: "van", "de", "of", "and"), so such a span is no name — unless the article
// writes the same word capitalised on its own elsewhere, away from a sentence's start.

const JOINERS = new Set(["of", "and", "for", "the", "de", "del", "da", "di", "du", "van", "von", "der", "den", "la", "le", "al", "el", "bin", "ibn", "y", "e", "&"]);
const LOWER_START = /^\p{Ll}/u;

/** Whether the word is written capitalised, on its own and not opening a sentence, somewhere in the article. */
function standsAlone(toks: Tok[], word: string): boolean {
  return toks.some((t, i) => t.text === word && !t.initial && !toks[i - 1]?.cap && !toks[i + 1]?.cap);
}

/** A one-word span opening a sentence, with a word of the same sentence after it. */
function opensBeforeWord(toks: Tok[], s: NameSpan): boolean {
  const next = toks[s.b];
  return toks[s.a]!.initial && !!next?.word && next.sentence === toks[s.a]!.sentence;
}

/**
 * "Festival cancels final day": a one-word span opening a sentence before lower-case words is a common
 * noun when the article also writes it in lower case ("the festival's organisers") and never capitalised
 * on its own away from a sentence's start. (A body's head alone, "Commission officials said", is the
 * body's short name, and stays.)
 */
function commonNoun(toks: Tok[], s: NameSpan): boolean {
  const first = toks[s.a]!, next = toks[s.b]!;
  if (!LOWER_START.test(next.text) || JOINERS.has(next.text)) return false;
  const lower = first.lex.lower;
  return toks.some((t) => t.text === lower) && !standsAlone(toks, first.text);
}

const COMMON_NOUN = /^(?:Singular|Plural|Uncountable|Noun)$/;

/**
 * "Court blocks deportation flights": a one-word person opening a sentence is a common noun the lexicon
 * knows when no person the article names in full bears it as a family name ("Tomas Bush … Bush says"
 * keeps its person) and it never stands alone as a name away from a sentence's start.
 */
function commonPerson(toks: Tok[], s: NameSpan, names: readonly NameSpan[]): boolean {
  const first = toks[s.a]!;
  if (s.type !== "PER" || !COMMON_NOUN.test(lexiconTag(first.lex.lower) ?? "")) return false;
  const surname = (n: NameSpan) => n.type === "PER" && n.b - n.a > 1 && toks[n.b - 1]!.text === first.text;
  return !names.some(surname) && !standsAlone(toks, first.text);
}

/** Whether the tagger's span opens a sentence and runs from its first word straight into lower-case words; `names` are all the tagger's. */
export function openerRunOn(toks: Tok[], s: NameSpan, names: readonly NameSpan[]): boolean {
  if (s.b - s.a === 1) return opensBeforeWord(toks, s) && (commonNoun(toks, s) || commonPerson(toks, s, names));
  const first = toks[s.a]!, second = toks[s.a + 1];
  if (s.b - s.a < 2 || !first.initial || !second || !second.word || second.sentence !== first.sentence) return false;
  if (!LOWER_START.test(second.text) || JOINERS.has(second.text)) return false;
  return !standsAlone(toks, first.text);
}
