import { gazetteer } from "./gazetteer.js";
import { lexiconTag } from "./lextokens.js";
import { ORG_INNER, ORG_SUFFIXES } from "./lexicon/orgs.js";
import type { NameSpan } from "./ner/tagdoc.js";
import type { Tok } from "./tok.js";

// "lost to Madison Keys of the United States", "Aryna Sabalenka of Belarus": sports and wire copy
// give a person's country after "of". The tagger, seeing "of the United States", may read the
// whole as one organisation ("Bank of the United States" is one). A given name and one or two more
// name words, then "of" and a country, are a person and a country.

const GIVEN = /^(?:FirstName|MaleName|FemaleName|Person)$/u;
const NAME_WORD = /^\p{Lu}[\p{Ll}'’-]+$/u;

/** The person's end and the country's start in s, or null when s is no "<person> of <country>". */
function parts(toks: Tok[], s: NameSpan): { person: number; country: number } | null {
  let of = s.a + 2;
  while (of < Math.min(s.b - 1, s.a + 4) && toks[of]!.text !== "of") of++;
  if (of >= Math.min(s.b - 1, s.a + 4)) return null;
  const first = toks[s.a]!, tag = lexiconTag(first.lex.lower);
  if (tag && !GIVEN.test(tag)) return null;
  for (let k = s.a; k < of; k++) if (!NAME_WORD.test(toks[k]!.text) || ORG_SUFFIXES.has(toks[k]!.text) || ORG_INNER.has(toks[k]!.text)) return null;
  const c = toks[of + 1]?.text === "the" ? of + 2 : of + 1;
  const country = toks.slice(c, s.b).map((t) => t.text).join(" ");
  return gazetteer().exact.get(country)?.[0]?.kind === "country" ? { person: of, country: c } : null;
}

/** The span, or a person and a country where it reads "<person> of <country>". */
export function personOfCountry(toks: Tok[], s: NameSpan): NameSpan[] {
  if (s.type !== "ORG" || s.b - s.a < 4) return [s];
  const p = parts(toks, s);
  if (!p) return [s];
  return [
    { start: s.start, end: toks[p.person - 1]!.end, type: "PER", a: s.a, b: p.person, titled: false },
    { start: toks[p.country]!.start, end: s.end, type: "LOC", a: p.country, b: s.b, titled: false },
  ];
}
