import { lexiconTag } from "./lextokens.js";
import { dateAbbreviation, MONTH_ABBREVIATIONS } from "./datewords.js";
import { PARTICLES } from "./personedges.js";
import type { Tok } from "./tok.js";

// "Jan van Rossum", "Ana de Groot": a family name with lower-case particles is often read alone
// ("Rossum" as a place or a thing) while the given name before the particles is read as nothing,
// or as a month ("Jan"). A given name the lexicon knows, or a month's short form that is no date
// ("Jan" before "van", not before a day), followed by particles and the span, opens a person's name.

const GIVEN_TAGS = /^(?:FirstName|MaleName|FemaleName|Month)$/;
const NAME_WORD = /^\p{Lu}\p{Ll}/u;
const PATRONYMIC = new Set(["bin", "ibn", "bint"]);

const adjoins = (prev: Tok, t: Tok) => t.sentence === prev.sentence && t.start === prev.end + 1;

/** The start of "<given name> <particles>" right before the span [a, b) of capitalised words, or a when there is none. */
export function givenBeforeParticles(toks: Tok[], a: number, b: number): number {
  let s = a;
  while (s - 1 >= 0 && a - s < 3 && adjoins(toks[s - 1]!, toks[s]!) && PARTICLES.has(toks[s - 1]!.text)) s--;
  // Most spans have no particle before them: that is found before the span's words are read.
  if (s === a) return a;
  // "Rakan bin Majed al-Harradi": "son of" names the father next, so the word before is a given name whatever
  // the lexicon knows, and the father's name may carry its family name's article
  const patronymic = toks.slice(s, a).every((t) => PATRONYMIC.has(t.text)) && NAME_WORD.test(toks[a]!.text);
  if (!patronymic && !toks.slice(a, b).every((t) => t.word && NAME_WORD.test(t.text))) return a;
  const given = toks[s - 1];
  if (!given || !adjoins(given, toks[s]!) || !NAME_WORD.test(given.text)) return a;
  if (patronymic) return s - 1;
  const tag = lexiconTag(given.lex.lower);
  // A month's full name is no given name; its short form is one only where it dates nothing.
  if (!tag || !GIVEN_TAGS.test(tag) || (tag === "Month" && (!MONTH_ABBREVIATIONS.test(given.text) || dateAbbreviation(toks, s - 1)))) return a;
  return pastHyphenedGiven(toks, s - 1);
}

/** "Ana-Lucia de la Varn": a given name joined by a hyphen to the one before it starts there. */
function pastHyphenedGiven(toks: Tok[], k: number): number {
  const dash = toks[k - 1], first = toks[k - 2];
  const glued = !!dash && !!first && dash.text === "-" && dash.start === first.end && dash.end === toks[k]!.start;
  return glued && NAME_WORD.test(first.text) && first.sentence === toks[k]!.sentence ? k - 2 : k;
}
