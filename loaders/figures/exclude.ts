import { CURRENCY_WORDS, MONTHS, NAME_BEFORE, NP_STOP, QUALIFIERS, TIME_UNITS } from "./lexicon.js";
import { isTensWord, isUnitWord, SCALES, type NumberMatch } from "./numbers.js";
import { adjacent, isCapitalized, type Token } from "./tokens.js";

// Numbers that do not count anything: years and dates (the dates table has
// them), clock times, ordinals ("21st"), numbers inside names ("F-16", "G7",
// "Article 5"), and "the two" (a reference, not a count).

const QUALIFIER_WORDS = new Set(QUALIFIERS.flatMap(([w]) => w));
const DETERMINERS = new Set(["the", "these", "those", "its", "their", "his", "her", "our", "my", "your"]);

export function isNotAQuantity(toks: Token[], nm: NumberMatch, text: string): boolean {
  const first = toks[nm.first]!, last = toks[nm.last]!;
  const prev = toks[nm.first - 1], next = toks[nm.last + 1];
  if (nm.words) {
    // "the two had discussed", "its three"
    const hyphen = next?.text === "-" && adjacent(last, next);
    if (prev && DETERMINERS.has(prev.low) && nm.value <= 10 && !nm.partitive && !hyphen) return true;
    // "one of these countries": a partitive "one", not a count
    if (first.low === "one" && next?.low === "of") return true;
    // "nineteen eighty-four": a year read aloud, a unit word before a tens word
    if ((nm.first === nm.last && next && isTensWord(next.low)) || (prev && isUnitWord(prev.low) && isTensWord(first.low))) return true;
    return false;
  }
  // "Men's 400 metres": the event's name, on a results line
  if (prev && EVENT_OWNERS.has(prev.low.replace("’", "'"))) return true;
  // glued to letters: "G7", "5G", "1990s", "21st", "9am"
  if (next && adjacent(last, next) && next.kind === "word" && nm.last === nm.first) return true;
  if (prev && adjacent(prev, first) && (prev.kind === "word" || prev.text === "@" || prev.text === "#" || prev.text === "/")) return true;
  // "F-16", "Su-35", "COVID-19"; and glued to a number before: a score ("a 3-1 win"), a ratio, a
  // date's part ("2031-04-12"), a model ("XR-7-20") — a range's upper bound was read with its lower one
  if (isDash(prev) && adjacent(prev, first) && (toks[nm.first - 2]?.kind === "word" || toks[nm.first - 2]?.kind === "num") && adjacent(toks[nm.first - 2], prev)) return true;
  // clock times "14:30", decimals handled by the tokenizer
  if (next?.text === ":" && adjacent(last, next) && toks[nm.last + 2]?.kind === "num") return true;
  if (prev?.text === ":" && adjacent(prev, first) && toks[nm.first - 2]?.kind === "num") return true;
  // dates: "August 6", "6 August", "5 March 2023"
  if (nm.value <= 31 && ((prev && MONTHS.has(prev.low)) || (next && MONTHS.has(next.low)))) return true;
  // years: four digits, 1000–2100, without a counted noun ("in 2014", "February 2022")
  if (/^\d{4}$/.test(first.text) && nm.first === nm.last && nm.value >= 1000 && nm.value <= 2100) {
    if (!(prev && /^[$€£¥₽₴]$/.test(prev.text)) && !countedNounFollows(toks, nm.last + 1)) return true;
  }
  // "Article 5", "No. 3", "round 2"
  if (prev && NAME_BEFORE.has(prev.low) && !QUALIFIER_WORDS.has(prev.low)) return true;
  if (prev?.text === "." && toks[nm.first - 2]?.low === "no") return true;
  // A capitalised word right before (not a sentence opener or qualifier): "Boeing 737", "Windows 11"
  // (also at a sentence start: "Boeing 737 jets"; sentence openers before a count are function words)
  // A time or a share after it is still a quantity: "the alliance founded 70 years ago", "Labour 41 percent"
  if (prev && isCapitalized(prev) && !NP_STOP.has(prev.low) && !QUALIFIER_WORDS.has(prev.low) && !OPENERS.has(prev.low)
    && !/['’]s$/.test(prev.text) && !MONTHS.has(prev.low) && !timeOrShare(next) && !scaledOrMoney(toks, nm, next)) return true;
  return false;
}

const EVENT_OWNERS = new Set(["men's", "women's"]);
/** "years", "minute", "percent", "%": a span of time or a share, which no name ends with. */
const timeOrShare = (t: Token | undefined): boolean =>
  !!t && (t.text === "%" || t.low === "percent" || TIME_UNITS.has(t.low) || (/s$/.test(t.low) && TIME_UNITS.has(t.low.slice(0, -1))));

/** "fined Apple 500 million euros": a scale or a currency after the number makes it an amount, no model's number. */
const scaledOrMoney = (toks: Token[], nm: NumberMatch, next: Token | undefined): boolean =>
  toks.slice(nm.first + 1, nm.last + 1).some((t) => SCALES[t.low] !== undefined) || (!!next && CURRENCY_WORDS.has(next.low));

const isDash = (t: Token | undefined): boolean => t?.text === "-" || t?.text === "–";

const OPENERS = new Set(["another", "exactly", "precisely", "only", "just", "almost", "with", "including", "nearly", "some", "while", "although"]);

/** A plural content word within the next two tokens ("2000 troops"; not a name: "1994 champion Owen Harris"). */
function countedNounFollows(toks: Token[], i: number): boolean {
  for (let k = i; k < i + 3 && toks[k]; k++) {
    const t = toks[k]!;
    if (t.kind !== "word" || NP_STOP.has(t.low) || isCapitalized(t)) return false;
    if (/[^su]s$/.test(t.low) || t.low === "people") return true;
  }
  return false;
}
