import type { Tok } from "./tok.js";

// Where a person's name begins and ends, past what the tagger read out of context. It
// learnt names from Reuters, where a capitalised subordinator or adverb opening a
// sentence ("When", "Once") stands before a name often enough to be taken into it, and
// where surnames with an inner capital or apostrophe ("MacArdle", "O'Dorran") are rare.

// Module-level: a bundler may rewrite a Unicode property escape as a RegExp built at each use.
const ONE_CAPITAL = /^\p{Lu}$/u;
/** A capitalised word: "Vell", "O'Dorran", "D'Arvel". */
const NAME_WORD = /^\p{Lu}(?:\p{Ll}|['’]\p{Lu}\p{Ll})/u;
/** A surname with an inner capital after a short prefix or an apostrophe: "MacArdle", "LeBaudry", "O'Dorran". */
const INNER_CAPITAL = /^(?:\p{Lu}\p{Ll}{1,3}\p{Lu}\p{Ll}+|\p{Lu}['’]\p{Lu}\p{Ll}+)$/u;
const SUFFIXES = new Set(["Jr", "Sr", "II", "III", "IV"]);
/** Parts of speech of the words that open a clause, never a name: conjunctions, prepositions, adverbs. */
const OPENER_POS = new Set(["CCONJ", "ADP", "ADV"]);
/** "When", "Where", "Unless": the lexicon's question words and conditions, tagged X. */
const OPENERS = new Set(["when", "where", "whenever", "wherever", "unless", "if", "why", "how"]);

const capitalised = (t: Tok | undefined, sentence: number) => !!t && t.word && t.sentence === sentence && NAME_WORD.test(t.text);

/**
 * "Orvel T. Marsh III" tagged as far as "Orvel T": a person's name never ends on a middle
 * initial, so it runs on through the surname after it and a suffix. Returns the new end, or b.
 */
export function pastInitial(toks: Tok[], b: number): number {
  const last = toks[b - 1]!, dot = toks[b];
  if (!ONE_CAPITAL.test(last.text) || dot?.text !== "." || dot.start !== last.end || !capitalised(toks[b + 1], last.sentence)) return b;
  let e = b + 2;
  while (capitalised(toks[e], last.sentence) && !SUFFIXES.has(toks[e]!.text)) e++;
  if (toks[e] && SUFFIXES.has(toks[e]!.text) && toks[e]!.sentence === last.sentence) e += toks[e + 1]?.text === "." && toks[e + 1]!.start === toks[e]!.end ? 2 : 1;
  return e;
}

/** "C. Tomas MacArdle" tagged as far as "Tomas": a surname of that shape right after the name belongs to it. Returns the new end, or b. */
export function pastSurname(toks: Tok[], b: number): number {
  const last = toks[b - 1]!, next = toks[b];
  return next && next.sentence === last.sentence && next.start === last.end + 1 && INNER_CAPITAL.test(next.text) ? b + 1 : b;
}

/** "When Smith arrived": the first word of a sentence or quotation that opens a clause is not the name's. Returns the new start, or a. */
export function pastOpener(toks: Tok[], a: number, b: number): number {
  const first = toks[a]!;
  if (b - a < 2 || !first.initial || !(OPENER_POS.has(first.pos) || OPENERS.has(first.lex.lower))) return a;
  return a + 1;
}

/** Lower-case particles of family names ("van der", "de la", "von", "bin"). */
export const PARTICLES = new Set(["van", "von", "der", "den", "de", "des", "del", "della", "di", "da", "das", "do", "dos", "du", "la", "las", "le", "los", "ter", "ten", "bin", "ibn", "al", "el"]);
/** Whether a name is a family name alone, particles and all ("Van der Berg", "de Silva"): a surname, no full name. */
export function familyNameOnly(name: string): boolean {
  const words = name.trim().split(/\s+/);
  return words.length > 1 && words.slice(0, -1).every((w) => PARTICLES.has(w.toLowerCase()));
}
const particle = (t: Tok | undefined, prev: Tok) => !!t && t.sentence === prev.sentence && t.start === prev.end + 1 && PARTICLES.has(t.text);

/**
 * "Ana van der Berg" tagged as "Ana" and a place "Berg": a person's name runs on over lower-case
 * particles to the capitalised word after them, whatever the tagger made of that word out of context.
 * Returns the new end, or b.
 */
export function pastParticles(toks: Tok[], b: number): number {
  const hyphened = pastArabicArticle(toks, b);
  if (hyphened > b) return hyphened;
  let e = b;
  while (e - b < 3 && particle(toks[e], toks[e - 1]!)) e++;
  const name = toks[e];
  if (!(e > b && name && name.sentence === toks[e - 1]!.sentence && name.start === toks[e - 1]!.end + 1 && NAME_WORD.test(name.text))) return b;
  // "Abdullah bin Khalid al-Mansouri": a patronymic runs on to the family name after it
  return pastArabicArticle(toks, e + 1);
}

/**
 * "Van der Berg said": a name the tagger read without the capitalised particle opening it, with
 * a lower-case one after ("Van der", "De la"), starts at the particle and is a family name.
 * Returns the new start, or a.
 */
export function beforeParticles(toks: Tok[], a: number): number {
  let s = a;
  while (s - 1 >= 0 && a - s < 3 && toks[s - 1]!.word && toks[s]!.start === toks[s - 1]!.end + 1 && PARTICLES.has(toks[s - 1]!.lex.lower)) s--;
  return s < a - 1 && /^\p{Lu}/u.test(toks[s]!.text) && toks.slice(s + 1, a).every((t) => PARTICLES.has(t.text)) ? s : a;
}

/** The Arabic article written onto a family name: "el-", "al-", "ash-" … */
const ARABIC_ARTICLE = new Set(["al", "el", "ad", "ar", "as", "ash", "at", "az", "Al", "El"]);
const touching = (t: Tok | undefined, prev: Tok) => !!t && t.sentence === prev.sentence && t.start === prev.end;

/** "Omar Fadel el-Rahmi", "Samir al-Haddani": a person's name runs on over a hyphened article to the family name. Returns the new end, or b. */
function pastArabicArticle(toks: Tok[], b: number): number {
  const article = toks[b], hyphen = toks[b + 1], name = toks[b + 2];
  if (!article || !ARABIC_ARTICLE.has(article.text) || article.sentence !== toks[b - 1]!.sentence || article.start !== toks[b - 1]!.end + 1) return b;
  return hyphen?.text === "-" && touching(hyphen, article) && touching(name, hyphen) && NAME_WORD.test(name!.text) ? b + 3 : b;
}
