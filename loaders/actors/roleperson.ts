import { gazetteer } from "./gazetteer.js";
import { lexiconTag } from "./lextokens.js";
import { ORG_INNER, ORG_SUFFIXES } from "./lexicon/orgs.js";
import { retyped, type NameSpan } from "./ner/tagdoc.js";
import { HEADS } from "./officeheads.js";
import { mapSpans } from "./spanmap.js";
import type { Tok } from "./tok.js";

// "Hamas official Basem Naim said": a lower-case office or a person's noun right before a name makes
// the name a person's, though the organisation before the noun leads the tagger to read the name as
// one too. Only two or three name words (capitalised, then lower case), none an organisation's head
// or a place the gazetteer knows, or a common word of the lexicon ("lead manager Harrow Brothers
// International" is a bank).

/** Nouns for people that stand before a name as offices do. */
const PERSON_NOUNS = new Set([...HEADS, "official", "negotiator", "adviser", "advisor", "aide", "activist", "lawmaker", "legislator", "lawyer"]);
const NAME_WORD = /^\p{Lu}\p{Ll}+$/u;
const NAME_TAGS = /^(?:LastName|FirstName|MaleName|FemaleName|Person)$/u;

const nameWords = (toks: Tok[], s: NameSpan) => {
  for (let k = s.a; k < s.b; k++) {
    const t = toks[k]!.text;
    if (!NAME_WORD.test(t) || ORG_SUFFIXES.has(t) || ORG_INNER.has(t) || gazetteer().exact.has(t)) return false;
    const tag = lexiconTag(toks[k]!.lex.lower);
    if (tag && !NAME_TAGS.test(tag)) return false;
  }
  return true;
};

/** Organisation readings of a name right after a person's noun, as persons. */
export function personAfterRole(toks: Tok[], names: NameSpan[]): NameSpan[] {
  return mapSpans(names, (s) => {
    if (s.type !== "ORG" || s.b - s.a < 2 || s.b - s.a > 3) return s;
    const before = toks[s.a - 1];
    if (!before || before.sentence !== toks[s.a]!.sentence || before.end + 1 !== toks[s.a]!.start || !PERSON_NOUNS.has(before.text)) return s;
    return nameWords(toks, s) ? retyped(s, "PER") : s;
  });
}
