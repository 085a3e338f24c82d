import type { Tok } from "./tok.js";
import { gazetteer } from "./gazetteer.js";
import { FIRM_KINDS, ORG_SUFFIXES } from "./lexicon/orgs.js";
import { lexiconTag } from "./lextokens.js";
import { GAZ_CATEGORIES, nerGazetteer } from "./ner/gazetteer.js";

// "Insurers Varnholm and Ostrava Re declined to comment", "Rivals Norvex and Halbrand
// gained": a sentence may open on a plural common noun naming the kind of the bodies it lists. Its
// capital comes from the sentence's start, and the tagger, which saw few such openings, takes it into
// the first name. A plural of people or firms who do something (-ers, -ors, -ists, -ants,
// -ians, -als) before a capitalised word the lexicon does not know is no part of that name. Names
// that do open so are left whole: a plural before an ordinary word ("Travellers Aid Society"), before
// a known place (a country's institute of engineers), or with one organisation's word after it
// ("Walters Corp"); so are family names and teams as the lexicon files them. A singular trade opening a
// sentence before a full name ("Doorman Ivo Tarn") is that person's trade (pastTrade).

const AGENT_PLURAL = /^\p{Lu}\p{Ll}+(?:er|or|ist|ant|ian|al)s$/u;
const NAME_TAGS = /^(FirstName|MaleName|FemaleName|LastName|Person|Country|City|Place|Region|Organization|ProperNoun|SportsTeam|Demonym)$/;

function pluralOpener(t: Tok): boolean {
  if (!t.initial || !AGENT_PLURAL.test(t.text)) return false;
  const tag = lexiconTag(t.lex.lower);
  return !tag || !NAME_TAGS.test(tag);
}

/** Whether the word after the plural reads as a name of its own: capitalised, unknown to the lexicon as an ordinary word, no known place. */
function nameAfter(t: Tok | undefined): boolean {
  return !!t && t.word && t.cap && t.pos === "PROPN" && !gazetteer().exact.has(t.text);
}

/**
 * "Doorman Ivo Tarn said", "Cyclist Ana Vell won": a singular of one who does something (-ist, -eer,
 * -man, -er, -or) opening a sentence before a name of two words or more is that person's trade, where
 * neither the lexicon nor the tagger's list of given names knows it as a name ("Walter", "Victor").
 */
const AGENT = /^\p{Lu}\p{Ll}+(?:ist|eer|man|woman|er|or)$/u;
const FIRST_NAME = 1 << GAZ_CATEGORIES.indexOf("first");
const NOUN_TAGS = /^(?:Noun|Singular|Actor)$/;
function tradeOpener(toks: Tok[], a: number, b: number): boolean {
  const t = toks[a]!;
  if (b - a < 3 || !t.initial || !AGENT.test(t.text) || ((nerGazetteer().phrases.get(t.lex.lower) ?? 0) & FIRST_NAME) !== 0) return false;
  // an ordinary noun or a word the lexicon does not know; not a name, nor a rank's adjective ("Major Union …")
  const tag = lexiconTag(t.lex.lower);
  return (!tag || NOUN_TAGS.test(tag)) && nameAfter(toks[a + 1]) && !ORG_SUFFIXES.has(toks[b - 1]!.text);
}

/** The start of a person's name past a sentence-opening trade ("Doorman Ivo Tarn"), or a. */
export const pastTrade = (toks: Tok[], a: number, b: number): number => (tradeOpener(toks, a, b) ? a + 1 : a);

/** The start of a name past a sentence-opening plural of its kind ("Insurers Varnholm"), or a. */
export function pastPluralOpener(toks: Tok[], a: number, b: number): number {
  if (b - a < 2 || !pluralOpener(toks[a]!) || !nameAfter(toks[a + 1])) return a;
  return ORG_SUFFIXES.has(toks[b - 1]!.text) && b - a === 2 ? a : a + 1;
}

/**
 * "Rival Velfy has 700 million users", "Insurer Tarvo Re said", "Opposition Reform Party leader …": a
 * sentence opening on one of the FIRM_KINDS keeps that word out of the name, and the name is a body's.
 */
export const pastFirmKind = (toks: Tok[], a: number, b: number): number =>
  b - a >= 2 && toks[a]!.initial && toks[a]!.cap && FIRM_KINDS.has(toks[a]!.lex.lower) && nameAfter(toks[a + 1]) ? a + 1 : a;
