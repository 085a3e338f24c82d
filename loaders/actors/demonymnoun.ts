import { gazetteer } from "./gazetteer.js";
import { lexiconTag } from "./lextokens.js";
import type { NameSpan } from "./ner/tagdoc.js";
import { personOfCountry } from "./personofcountry.js";
import type { Tok } from "./tok.js";

// "finished ahead of Dutchman Ivo Marsk of Team Orvel", "Scotsman Ewan Tarl and Swede Olle
// Orrby": sports and wire copy put a noun of nationality before a person's name. The tagger,
// which knows such nouns mostly as adjectives, reads the noun, the names around it and an "of"
// after them as one organisation. The noun is no part of any name; the name after it is a person's,
// and an "of" after that person gives the person's country or team.
//
// A noun of nationality is a word for a person, never an adjective that also opens a body's name
// ("Dutch Safety Board", "Swiss Re"): a demonym the packages know with "man" or "woman" after it
// ("Dutchman"), a demonym ending as a noun for a person does ("Icelander", "Spaniard"), or one the
// lexicon files as a demonym that the countries' package does not give as an adjective ("Swede").

const COMPOUND = /^(\p{Lu}\p{Ll}+?)(?:man|woman|men|women)$/u;
const NOUN_END = /(?:er|ard|ers|ards)$/u;
const ADJECTIVE_END = /(?:ese|sh|ch|an|i|ic|k|kh)$/u;
const NAME_WORD = /^\p{Lu}\p{Ll}/u;

const demonym = (word: string) => gazetteer().exact.get(word)?.some((g) => g.kind === "demonym") ?? false;
const lexDemonym = (word: string) => lexiconTag(word.toLowerCase()) === "Demonym";

/** Whether a capitalised word names one of a nation's people: "Dutchman", "Icelander", "Swede". */
export function nationalityNoun(word: string): boolean {
  const compound = COMPOUND.exec(word);
  if (compound) return demonym(compound[1]!) || lexDemonym(compound[1]!) || lexDemonym(word);
  if (demonym(word)) return NOUN_END.test(word);
  return lexDemonym(word) && !ADJECTIVE_END.test(word);
}

// the name word after it first: most spans hold no such pair, and the noun's test asks two lists
const nounAt = (toks: Tok[], k: number, s: NameSpan) =>
  k + 1 < s.b && NAME_WORD.test(toks[k + 1]!.text) && nationalityNoun(toks[k]!.text);

/** The piece of s from a to b, past a joining "and" or comma at its end; null when nothing named is left. */
function piece(toks: Tok[], s: NameSpan, a: number, b: number, type: NameSpan["type"]): NameSpan | null {
  while (b > a && (toks[b - 1]!.text === "and" || toks[b - 1]!.text === "," || toks[b - 1]!.text === "&")) b--;
  if (b <= a || !toks.slice(a, b).some((t) => t.word)) return null;
  return { start: toks[a]!.start, end: toks[b - 1]!.end, type, a, b, titled: a === s.a && s.titled };
}

/** A person's name after a noun of nationality, and what an "of" after it names: a country, else a body. */
function personAndBody(toks: Tok[], p: NameSpan): NameSpan[] {
  let of = p.a + 1;
  while (of < p.b && toks[of]!.text !== "of") of++;
  if (of >= p.b - 1) return [p];
  const asOrg: NameSpan = { ...p, type: "ORG" };
  const viaCountry = personOfCountry(toks, asOrg);
  if (viaCountry.length > 1) return viaCountry;
  const rest = toks[of + 1]!.text === "the" ? of + 2 : of + 1;
  const person = piece(toks, p, p.a, of, "PER");
  const body = rest < p.b ? piece(toks, p, rest, p.b, "ORG") : null;
  return [person, body].filter((x): x is NameSpan => x !== null);
}

/**
 * The span split at each noun of nationality inside it: the noun dropped, the name after it a
 * person's (with its country or team after "of" apart), the words before it as the tagger read them.
 */
export function pastNationalityNouns(toks: Tok[], s: NameSpan): NameSpan[] {
  if (s.type === "LOC") return [s];
  const at: number[] = [];
  for (let k = s.a; k < s.b - 1; k++) if (nounAt(toks, k, s)) at.push(k);
  if (!at.length) return [s];
  const out: NameSpan[] = [];
  const before = piece(toks, s, s.a, at[0]!, s.type);
  if (before) out.push(before);
  at.forEach((k, n) => {
    const p = piece(toks, s, k + 1, at[n + 1] ?? s.b, "PER");
    if (p) out.push(...personAndBody(toks, p));
  });
  return out;
}
