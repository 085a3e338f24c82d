import { lexiconTag } from "./lextokens.js";
import type { Tok } from "./tok.js";

// "Cartel Leader Extradited To U.S. After …", "President Ode Visits Harwick": in a title-case headline
// every word is capitalised, so a title's name does not end where the capitals do. It is the title's
// first few words that read as names: proper nouns the lexicon does not know as another kind of word
// ("Visits", "To", "After" are words; "Ode", "Mark" may be names).

const NAME_TAGS = /^(?:FirstName|MaleName|FemaleName|LastName|Person|ProperNoun|Honorific)$/u;
const MAX_WORDS = 3;

/** The end of the name starting at toks[from] in a title-case headline, at most `b`; `from` when none. */
export function headlineNameEnd(toks: readonly Tok[], from: number, b: number): number {
  let e = from;
  while (e < b && e < from + MAX_WORDS) {
    const t = toks[e]!, tag = lexiconTag(t.text.toLowerCase());
    if (t.pos !== "PROPN" || (tag !== undefined && !NAME_TAGS.test(tag))) break;
    e++;
  }
  return e;
}
