import { gazetteer } from "./gazetteer.js";
import { lexiconTag } from "./lextokens.js";
import { ORG_SUFFIXES } from "./lexicon/orgs.js";
import { PLACE_SUFFIXES } from "./lexicon/places.js";
import type { NameSpan } from "./ner/tagdoc.js";
import type { Tok } from "./tok.js";

// "Florence Tarvel, a teacher, said": a given name that is also a city's ("Florence", "Austin",
// "Victoria") read as that place, right before a word the tagger read as another place and no list
// knows, is a person's given name and surname. The lexicon names such words as people or proper
// nouns, not as cities ("Paris Tarvel" stays apart).

const GIVEN_TAGS = /^(?:Person|FirstName|MaleName|FemaleName|ProperNoun)$/u;
const SURNAME_TAGS = /^(?:LastName|Person)$/u;

const oneWord = (s: NameSpan | undefined): s is NameSpan => !!s && s.b - s.a === 1 && !s.titled;

/** Two adjacent one-word places, a city's name that is a given name and an unknown word, read as one person. */
export function givenNamePlaces(toks: Tok[], names: NameSpan[]): NameSpan[] {
  let out: NameSpan[] | null = null;
  for (let k = 0; k + 1 < names.length; k++) {
    const x = names[k]!, y = names[k + 1]!;
    if (!oneWord(x) || !oneWord(y) || x.type !== "LOC" || y.a !== x.b || toks[y.a]!.start !== toks[x.a]!.end + 1) continue;
    const given = toks[x.a]!, surname = toks[y.a]!;
    const g = gazetteer().exact.get(given.text);
    if (!g?.every((e) => e.kind === "city" || e.kind === "capital") || !GIVEN_TAGS.test(lexiconTag(given.lex.lower) ?? "")) continue;
    const tag = lexiconTag(surname.lex.lower);
    if (gazetteer().exact.has(surname.text) || (tag !== undefined && !SURNAME_TAGS.test(tag)) || PLACE_SUFFIXES.has(surname.text) || ORG_SUFFIXES.has(surname.text)) continue;
    out ??= names.slice();
    out.splice(out.indexOf(x), 2, { start: x.start, end: y.end, type: "PER", a: x.a, b: y.b, titled: false });
  }
  return out ?? names;
}
