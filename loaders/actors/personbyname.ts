import { DAY_OR_MONTH } from "./datewords.js";
import { gazetteer } from "./gazetteer.js";
import { ORG_INNER, ORG_SUFFIXES } from "./lexicon/orgs.js";
import { givenNameWord, lexiconTag } from "./lextokens.js";
import { PARTICLES } from "./personedges.js";
import { retyped, type NameSpan } from "./ner/tagdoc.js";
import { mapSpans } from "./spanmap.js";
import type { Tok } from "./tok.js";

// Document-level evidence for persons, from the article's own full names. Once the
// tagger has read "Ana Riverton" as a person, a bare "Ana" later is her, and "Tomas
// Riverton" a relative of hers: out of context the tagger reads an unfamiliar given
// name or a family name it has not met as an organisation, or passes over it, and its
// tag history then carries that reading through the article.

/** A word that can be a given or a family name: capitalised, then lower case ("Ana", not "AP", "J", "U.S."), and no day or month. */
const NAME_WORD = /^\p{Lu}\p{Ll}+$/u;
const nameWord = (text: string) => NAME_WORD.test(text) && !DAY_OR_MONTH.test(text);
const isPlace = (text: string) => gazetteer().exact.has(text);

/** A reading the article's evidence overrides: an organisation, a MISC name, or a place the gazetteer does not know ("Jordan" stays a country). */
const overridable = (s: NameSpan, text: string) => s.type === "ORG" || s.type === "MISC" || (s.type === "LOC" && !isPlace(text));
const asPerson = (s: NameSpan): NameSpan => retyped(s, "PER");

/** The given and family names of the article's persons named in full (two words or more, both ends name words). */
function fullNames(toks: Tok[], names: NameSpan[]): { given: Set<string>; family: Set<string> } {
  const given = new Set<string>(), family = new Set<string>();
  for (const s of names) {
    if (s.type !== "PER" || s.b - s.a < 2) continue;
    const first = toks[s.a]!, last = toks[s.b - 1]!;
    if (!first.word || !last.word || !nameWord(first.text) || !nameWord(last.text)) continue;
    given.add(first.text);
    family.add(last.text);
  }
  return { given, family };
}

/**
 * Another reading (overridable) of two or three name words ending in the family name of a
 * person of the article ("Tomas Riverton" beside "Ana Riverton") is that family's member;
 * not when a word is a place or an organisation's head ("Eastport Riverton", "Riverton Group"),
 * nor across punctuation ("Sports-Riverton").
 */
function relatives(doc: string, toks: Tok[], names: NameSpan[], family: Set<string>): NameSpan[] {
  return mapSpans(names, (s) => {
    const n = s.b - s.a;
    if (n < 2 || n > 3 || s.type === "PER" || !family.has(toks[s.b - 1]!.text)) return s;
    for (let k = s.a; k < s.b; k++) {
      const t = toks[k]!;
      if (!t.word || !nameWord(t.text) || ORG_SUFFIXES.has(t.text) || isPlace(t.text)) return s;
    }
    return overridable(s, doc.slice(s.start, s.end)) ? asPerson(s) : s;
  });
}

/**
 * "after Bukayo Saka scored … Saka equalised": two name words read as an organisation whose last word
 * stands alone elsewhere in the article only as a person are that person. Not where the lone word is
 * also read otherwise ("Aston Villa" … "Villa boss" … "gave Villa the lead"), nor for a place's or an
 * organisation head's word.
 */
/** A given name, a capitalised particle ("Van", "Den"), or a word the lexicon does not know as anything else ("St", "Companion" are). */
function mayBeGiven(t: Tok): boolean {
  const tag = lexiconTag(t.lex.lower);
  return !tag || givenNameWord(t.lex.lower) || PARTICLES.has(t.lex.lower);
}

function bySurnameAlone(doc: string, toks: Tok[], names: NameSpan[]): NameSpan[] {
  const lone = new Map<string, boolean>();
  for (const s of names) {
    if (s.b - s.a !== 1) continue;
    const w = toks[s.a]!.text;
    lone.set(w, (lone.get(w) ?? true) && s.type === "PER");
  }
  if (![...lone.values()].some(Boolean)) return names;
  return mapSpans(names, (s) => {
    if (s.b - s.a !== 2 || s.type !== "ORG" || !lone.get(toks[s.a + 1]!.text) || !mayBeGiven(toks[s.a]!)) return s;
    for (let k = s.a; k < s.b; k++) {
      const t = toks[k]!;
      if (!t.word || !nameWord(t.text) || ORG_SUFFIXES.has(t.text) || ORG_INNER.has(t.text) || isPlace(t.text)) return s;
    }
    return asPerson(s);
  });
}

/**
 * A given name standing alone that begins the full name of a person of the article is that
 * person: retyped where the tagger read it otherwise (overridable), added where it read nothing.
 * Only a word inside a sentence (its capital means a name), not a place's name, and not the
 * first or last word of a longer capitalised run or hyphenated name the tagger missed.
 */
export function personByName(doc: string, toks: Tok[], tagged: NameSpan[]): NameSpan[] {
  const names = bySurnameAlone(doc, toks, tagged);
  const first = fullNames(toks, names);
  if (!first.family.size) return names;
  const read = relatives(doc, toks, names, first.family);
  const { given, family } = fullNames(toks, read);
  // "Florence Tarvel … Tarvel added": a family name standing alone, read otherwise, is the person too
  const single = (s: NameSpan) => s.b - s.a === 1 && (given.has(toks[s.a]!.text) || family.has(toks[s.a]!.text));
  const out = mapSpans(read, (s) => (single(s) && s.type !== "PER" && !isPlace(toks[s.a]!.text) && overridable(s, toks[s.a]!.text) ? asPerson(s) : s));
  // A capitalised word or a hyphen beside it: part of a longer name ("Ana Lima", "Ana-Maria").
  const joined = (t: Tok | undefined, sentence: number) => !!t && t.sentence === sentence && ((t.word && t.cap) || t.text === "-");
  let covered: Set<number> | null = null;
  for (const t of toks) {
    if (!given.has(t.text) || t.initial || !t.word) continue;
    if (!covered) {
      covered = new Set<number>();
      for (const s of out) for (let k = s.a; k < s.b; k++) covered.add(k);
    }
    if (covered.has(t.i) || isPlace(t.text) || joined(toks[t.i - 1], t.sentence) || joined(toks[t.i + 1], t.sentence)) continue;
    out.push({ start: t.start, end: t.end, type: "PER", a: t.i, b: t.i + 1, titled: false });
  }
  return out.length === read.length ? out : out.sort((x, y) => x.start - y.start);
}
