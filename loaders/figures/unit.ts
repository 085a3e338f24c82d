import type { FigureCategory } from "../types.js";
import { CATEGORY_OF, CURRENCY_WORDS, IRREGULAR_PLURALS, MONTHS, NP_STOP, PLURAL_OF, TIME_UNITS } from "./lexicon.js";
import { adjacent, isCapitalized, type Token } from "./tokens.js";
import { lexiconTags } from "../text/compromise.js";
import { isTensWord, isUnitWord } from "./numbers.js";

// The counted noun phrase after a number, found without a tagger: English puts
// the head noun last in the phrase, and what is counted is plural, so the unit
// is the run of content words after the number up to its last plural word
// ("12,000 South Tessalian troops have been deployed" → "South Tessalian troops";
// "30 veered off course" → none: no plural head, an elliptical count).

export interface UnitMatch {
  unit: string;
  /** The head word, lower-case, for the category lookup. */
  head: string;
  /** Index of the last token the phrase covers. */
  last: number;
}

const isPlural = (low: string) =>
  IRREGULAR_PLURALS.has(low) || CATEGORY_OF.has(low) && /s$/.test(low) || /..men$/.test(low) || (/[^su]s$/.test(low) && low.length > 3) ||
  CURRENCY_WORDS.has(low) || lexicalPlural(low);

/**
 * Plurals without an "s" and currencies the figures lexicon does not list ("pence", "geese",
 * "criteria", "baht"): compromise's lexicon of English knows them. Not its "uncountable" nouns,
 * which name no count after a number ("seven soccer", a results line's "185 … Bowling").
 */
function lexicalPlural(low: string): boolean {
  const tags = lexiconTags(low);
  return tags.includes("Plural") || tags.includes("Currency");
}
/** A verb's past or a copula or modal the lexicon knows ("went", "was", "will"): the noun phrase ends before it. */
export const isVerbForm = (low: string) => lexiconTags(low).some((t) => t === "PastTense" || t === "Copula" || t === "Modal");
const isCurrency = (low: string) => CURRENCY_WORDS.has(low) || lexiconTags(low).includes("Currency");

/** A word, with hyphen-joined parts ("Self-Defence"), starting at token i: [text, lastIndex]. */
function wordAt(toks: Token[], i: number): [string, number] | null {
  const t = toks[i];
  if (!t || t.kind !== "word") return null;
  let j = i, text = t.text;
  // "Self-Defence", and a model's number ("F-16 jets", "T-72 tanks")
  while (toks[j + 1]?.text === "-" && adjacent(toks[j], toks[j + 1]) && adjacent(toks[j + 1], toks[j + 2]) && (toks[j + 2]!.kind === "word" || (toks[j + 2]!.kind === "num" && /^\p{Lu}/u.test(t.text)))) {
    text += "-" + toks[j + 2]!.text;
    j += 2;
  }
  return [text, j];
}

/** The counted noun phrase starting at token i (null when there is none). */
export function unitAt(toks: Token[], i: number, value: number, text: string): UnitMatch | null {
  const run: { text: string; low: string; last: number }[] = [];
  let j = i;
  while (run.length < 5) {
    const t = toks[j];
    if (!t) break;
    // "British and French troops": a coordination of capitalised modifiers
    if (t.low === "and" && run.length && isCapitalized(toks[j - 1]) && isCapitalized(toks[j + 1])) {
      run.push({ text: "and", low: "and", last: j });
      j++;
      continue;
    }
    const w = wordAt(toks, j);
    // another number starts another figure ("the 800 metres winner ran two minutes")
    if (!w || NP_STOP.has(t.low) || (run.length && (isUnitWord(t.low) || isTensWord(t.low)))) break;
    // a possessive ends the phrase before it ("10 Russia’s") — rare; just stop
    // a participle after the counted noun starts a clause ("45,000 shares changing hands")
    if (run.length && isPlural(run[run.length - 1]!.low) && /\p{Ll}(ing|ed)$/u.test(t.low)) break;
    run.push({ text: w[0], low: w[0].toLowerCase(), last: w[1] });
    j = w[1] + 1;
    // a gap of punctuation (other than a hyphen already consumed) ends the phrase
    if (toks[j]?.kind === "punct") break;
  }
  let head = -1;
  for (let k = run.length - 1; k >= 0 && head < 0; k--) if (isPlural(run[k]!.low) && !isNameWord(run, k, toks)) head = k;
  // one thing, or part of one: the phrase up to the first verb-like word ("the district was")
  if (head < 0 && value === 1)
    for (let k = 0; k < run.length && !/(ed|ing)$/.test(run[k]!.low) && !isVerbForm(run[k]!.low) && run[k]!.low !== "and"; k++) head = k;
  if (head < 0 || run[head]!.low === "and") return null;
  let last = run[head]!.last;
  let unit = text.slice(toks[i]!.start, toks[last]!.end);
  // "50 former servicemen from the Estovia Coastal Guard": an origin named after the noun belongs to it
  const post = postModifier(toks, last + 1);
  if (post > last) {
    unit = text.slice(toks[i]!.start, toks[post]!.end);
    last = post;
  }
  return { unit, head: run[head]!.low, last };
}

/**
 * A capitalised word ending in "s" that is a person's name, not a counted noun: one the lexicon
 * knows as a name ("1994 champion Owen Harris"), or one a capitalised word follows ("champion
 * Jonas Ekholm"). A demonym or a plural the lexicon knows stays a noun.
 */
function isNameWord(run: { text: string; low: string; last: number }[], k: number, toks: Token[]): boolean {
  const w = run[k]!;
  if (!/^\p{Lu}\p{Ll}/u.test(w.text)) return false;
  const tags = lexiconTags(w.low);
  if (tags.includes("Plural") || tags.includes("Demonym")) return false;
  if (tags.some((t) => t.endsWith("Name"))) return true;
  return isCapitalized(toks[w.last + 1]);
}

/** "from (the) Capitalised Name" right after the head: index of its last token, or -1. */
function postModifier(toks: Token[], i: number): number {
  if (toks[i]?.low !== "from") return -1;
  let j = i + 1;
  if (toks[j]?.low === "the") j++;
  let last = -1;
  while (toks[j]) {
    const w = wordAt(toks, j);
    // "states from October": a month is when, not where from
    if (w && isCapitalized(toks[j]) && !MONTHS.has(toks[j]!.low)) {
      last = w[1];
      j = w[1] + 1;
    } else if (last >= 0 && (toks[j]!.low === "of" || toks[j]!.low === "and") && isCapitalized(toks[j + 1])) j++;
    else break;
  }
  return last;
}

/** The unit of an age ("a 50-year-old man"). */
export const AGE = "years of age";

/** "five-hour", "10-year", "30-nation", "1,000-strong": unit of a number glued to a noun by a hyphen. */
export function hyphenUnit(toks: Token[], numLast: number): { unit: string; head: string; last: number; category: FigureCategory } | null {
  const dash = toks[numLast + 1], w = toks[numLast + 2];
  if (dash?.text !== "-" && dash?.text !== "‑") return null;
  // "3-for-4", "3-for-2", "150-to-1": a ratio's function word is no counted noun
  if (!adjacent(toks[numLast], dash) || !adjacent(dash, w) || w?.kind !== "word" || NP_STOP.has(w.low)) return null;
  const low = w.low.replace(/s$/, "");
  // "a 50-year-old man": an age
  if (low === "year" && toks[numLast + 3]?.text === "-" && toks[numLast + 4]?.low === "old")
    return { unit: AGE, head: "years", last: numLast + 4, category: "other" };
  if (TIME_UNITS.has(low)) return { unit: PLURAL_OF[low] ?? `${low}s`, head: `${low}s`, last: numLast + 2, category: "duration" };
  if (low === "strong") return { unit: "troops", head: "troops", last: numLast + 2, category: "military_units" };
  const unit = PLURAL_OF[low] ?? (IRREGULAR_PLURALS.has(low) ? low : pluralize(low));
  return { unit, head: unit, last: numLast + 2, category: categoryOf(unit) };
}

function pluralize(w: string): string {
  if (/(s|x|z|ch|sh)$/.test(w)) return `${w}es`;
  if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ies`;
  return `${w}s`;
}

/**
 * Counted nouns that are weapons only in war ("armoured vehicles", "fighter jets", "air-defence
 * systems"); a car maker's vehicles or a coal company's mines are counted things. The phrase's own
 * words, or the sentence's (`context`), must say it is military.
 */
const WEAPONS_IN_WAR = new Set(["vehicles", "vehicle", "aircraft", "jets", "systems", "mines", "rounds"]);
const MILITARY = /\b(?:armou?red|military|combat|fighter|attack|air[- ]defen[cs]e|missiles?|anti-?(?:tank|aircraft)|artillery|infantry|troops?|army|armies|navy|naval|war(?:time|planes?)?|weapons?|drones?|strikes?|shells?|ammunition|landmines?|soldiers?|offensive|front(?:line)?|bombers?)\b/iu;
/** A military type designation: "F-16", "Su-35", "C-130". */
const DESIGNATION = /\b[A-Z][A-Za-z]{0,2}-\d{1,3}\b/u;

export function categoryOf(head: string, context = ""): FigureCategory {
  const low = head.toLowerCase();
  if (WEAPONS_IN_WAR.has(low) && !MILITARY.test(context) && !DESIGNATION.test(context)) return "count";
  if (TIME_UNITS.has(low.replace(/s$/, "")) || low === "centuries") return "duration";
  if (isCurrency(low)) return "money";
  // compromise's "Unit" nouns are measures ("acres", "gallons", "ounces")
  return CATEGORY_OF.get(low) ?? (isPersonNoun(low) ? "people" : lexiconTags(low).includes("Unit") ? "other" : "count");
}

/** compromise's "Actor" entries that name no person ("phrases", "populations", "makers" of goods). */
const NOT_PERSONS = new Set(["phrases", "populations", "characters", "spirits", "icons", "idols", "apparitions", "phantoms", "ghosts", "pawns", "makers", "deities", "gods"]);

/**
 * A noun for people: compromise's lexicon tags roles and trades "Actor" ("farmers", "inspectors",
 * "players") and nationalities "Demonym" ("Americans"); a "-men" compound ("policemen") names people.
 */
function isPersonNoun(low: string): boolean {
  if (NOT_PERSONS.has(low)) return false;
  return /..men$/.test(low) || lexiconTags(low).some((t) => t === "Actor" || t === "Demonym");
}
