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

/** Nouns of a person's kin or place in a line: "successor Ana Lima", "his wife Ana Lima". */
const KIN_NOUNS = new Set(["successor", "predecessor", "wife", "husband", "widow", "son", "daughter", "brother", "sister", "father", "mother", "deputy", "rival"]);

/**
 * "Kofi Ode's successor Lim Su-hee paid tribute": a name the tagger read as miscellaneous right after a
 * noun only a person has, of two or three words whose parts may be joined by a hyphen and go on in lower
 * case ("Su-hee"), is a person's.
 */
function hyphenatedName(toks: Tok[], s: NameSpan): boolean {
  let words = 0;
  for (let k = s.a; k < s.b; k++) {
    const t = toks[k]!, prev = toks[k - 1]!;
    const glued = k > s.a && prev.end === t.start;
    if (t.text === "-" && glued) continue;
    if (glued && prev.text === "-" && /^\p{Ll}+$/u.test(t.text)) continue;
    if (!/^\p{Lu}\p{Ll}*$/u.test(t.text) || ORG_SUFFIXES.has(t.text) || ORG_INNER.has(t.text)) return false;
    words++;
  }
  return words >= 2 && words <= 3;
}

/** Organisation readings of a name right after a person's noun, and miscellaneous ones after a kin noun, as persons. */
export function personAfterRole(toks: Tok[], names: NameSpan[]): NameSpan[] {
  return mapSpans(names, (s) => {
    if ((s.type !== "ORG" && s.type !== "MISC") || s.b - s.a < 2) return s;
    const before = toks[s.a - 1];
    if (!before || before.sentence !== toks[s.a]!.sentence || before.end + 1 !== toks[s.a]!.start) return s;
    if (s.type === "MISC") return KIN_NOUNS.has(before.text) && hyphenatedName(toks, s) ? retyped(s, "PER") : s;
    if (s.b - s.a > 3 || !PERSON_NOUNS.has(before.text)) return s;
    return nameWords(toks, s) ? retyped(s, "PER") : s;
  });
}
