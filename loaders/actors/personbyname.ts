import { DAY_OR_MONTH } from "./datewords.js";
import { gazetteer } from "./gazetteer.js";
import { ORG_SUFFIXES } from "./lexicon/orgs.js";
import type { NameSpan } from "./ner/tagdoc.js";
import type { Tok } from "./tok.js";

// Document-level evidence for persons, from the article's own full names. Once the
// tagger has read "Ana Riverton" as a person, a later "Riverton Ana" is beside the
// point, but a bare "Ana" is her, and so is "Tomas Riverton" a relative of hers:
// out of context the tagger reads an unfamiliar given name or a family name it has
// not met as an organisation, or passes over it, and its tag history then carries
// that reading through the article.

/** A word that can be a given or a family name: capitalised, then lower case ("Ana", not "AP", "J", "U.S."), and no day or month. */
const NAME_WORD = /^\p{Lu}\p{Ll}+$/u;
const nameWord = (text: string) => NAME_WORD.test(text) && !DAY_OR_MONTH.test(text);

const wordsOf = (toks: Tok[], s: NameSpan): Tok[] => toks.slice(s.a, s.b).filter((t) => t.word);
const isPlace = (text: string) => gazetteer().exact.has(text);
/** A reading the article's evidence overrides: an organisation, a MISC name, or a place the gazetteer does not know ("Jordan" stays a country). */
const overridable = (s: NameSpan, text: string) => s.type === "ORG" || s.type === "MISC" || (s.type === "LOC" && !isPlace(text));
const asPerson = (s: NameSpan): NameSpan => ({ start: s.start, end: s.end, type: "PER", a: s.a, b: s.b, titled: s.titled });

/** The given and family names of the article's persons named in full (two words or more, both ends name words). */
function fullNames(toks: Tok[], names: NameSpan[]): { given: Set<string>; family: Set<string> } {
  const given = new Set<string>(), family = new Set<string>();
  for (const s of names) {
    if (s.type !== "PER") continue;
    const w = wordsOf(toks, s);
    if (w.length < 2 || !nameWord(w[0]!.text) || !nameWord(w.at(-1)!.text)) continue;
    given.add(w[0]!.text);
    family.add(w.at(-1)!.text);
  }
  return { given, family };
}

/**
 * Another reading (overridable) of two or three name words ending in the family name of a
 * person of the article ("Tomas Riverton" beside "Ana Riverton") is that family's member;
 * not when a word is a place or an organisation's head ("Eastport Riverton", "Riverton Group"),
 * nor across punctuation ("Sports-Riverton").
 */
function relatives(toks: Tok[], names: NameSpan[], family: Set<string>): NameSpan[] {
  return names.map((s) => {
    const w = wordsOf(toks, s);
    if (!overridable(s, w.map((t) => t.text).join(" "))) return s;
    const person = w.length >= 2 && w.length <= 3 && w.length === s.b - s.a && family.has(w.at(-1)!.text)
      && w.every((t) => nameWord(t.text) && !ORG_SUFFIXES.has(t.text) && !isPlace(t.text));
    return person ? asPerson(s) : s;
  });
}

/**
 * A given name standing alone that begins the full name of a person of the article is that
 * person: retyped where the tagger read it otherwise (overridable), added where it read nothing.
 * Only a word inside a sentence (its capital means a name), not a place's name, and not the
 * first or last word of a longer capitalised run or hyphenated name the tagger missed.
 */
export function personByName(toks: Tok[], names: NameSpan[]): NameSpan[] {
  const first = fullNames(toks, names);
  if (!first.family.size) return names;
  const read = relatives(toks, names, first.family);
  const { given } = fullNames(toks, read);
  const out = read.map((s) => {
    const w = wordsOf(toks, s);
    return w.length === 1 && given.has(w[0]!.text) && !isPlace(w[0]!.text) && overridable(s, w[0]!.text) ? asPerson(s) : s;
  });
  const covered = new Set<number>();
  for (const s of out) for (let k = s.a; k < s.b; k++) covered.add(k);
  // A capitalised word or a hyphen beside it: part of a longer name ("Ana Lima", "Ana-Maria").
  const joined = (t: Tok | undefined, sentence: number) => !!t && t.sentence === sentence && ((t.word && t.cap) || t.text === "-");
  for (const t of toks) {
    if (!t.word || t.initial || covered.has(t.i) || !given.has(t.text) || isPlace(t.text)) continue;
    if (joined(toks[t.i - 1], t.sentence) || joined(toks[t.i + 1], t.sentence)) continue;
    out.push({ start: t.start, end: t.end, type: "PER", a: t.i, b: t.i + 1, titled: false });
  }
  return out.sort((x, y) => x.start - y.start);
}
