import type { Qualifier } from "../types.js";
import { table } from "./lexicon.js";
import { adjacent, type Token } from "./tokens.js";

// A small number-word parser, hand-written rather than compromise's
// `.numbers()`: compromise tags the whole sentence (tens of thousands of words
// per second at best) and reports values without the token offsets we need;
// English number words are a closed class that a table covers completely.

const UNITS: Record<string, number> = table({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
});
const TENS: Record<string, number> = table({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});
export const SCALES: Record<string, number> = table({
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  // Abbreviated scales, after digits only ("1.5bn", "£3m", "$6 mln").
  k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, bln: 1e9, b: 1e9, tn: 1e12, trn: 1e12,
});
const SHORT_SCALES = new Set(["k", "m", "mn", "mln", "bn", "bln", "b", "tn", "trn"]);
/** Abbreviations that are also units or letters ("100 m" is metres): a scale only when glued to the digits. */
const GLUED_SCALES = new Set(["k", "m", "b", "tn"]);
/** "hundreds of", "thousands of": a lower bound (gold guide: 100 / 1000, at_least). */
const PLURAL_SCALES: Record<string, number> = table({
  dozens: 12, scores: 20, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9, tens: 10,
});
const FRACTIONS: Record<string, number> = table({
  half: 1 / 2, halves: 1 / 2, third: 1 / 3, thirds: 1 / 3, quarter: 1 / 4, quarters: 1 / 4, fifth: 1 / 5, fifths: 1 / 5,
});

export interface NumberMatch {
  value: number;
  /** Index of the first and last token of the number (inclusive). */
  first: number;
  last: number;
  /** Set when the wording itself carries a qualifier ("hundreds of" → at_least). */
  qualifier: Qualifier | null;
  /** The number was written in words (needs a counted noun to be a figure). */
  words: boolean;
  /** "hundreds of X", "a third of X": the counted noun follows an "of". */
  partitive: boolean;
}

/** A decimal times its scale, without binary float's tail ("4.1 million" is 4100000, not 4099999.9999999995). */
export const times = (value: number, scale: number): number => Number((value * scale).toPrecision(12));
const isLongScale = (t: Token | undefined): boolean => t?.kind === "word" && t.low in SCALES && !SHORT_SCALES.has(t.low) && t.low !== "hundred";
export const isTensWord = (low: string): boolean => low in TENS;
export const isUnitWord = (low: string): boolean => low in UNITS;
const isWordNumber = (low: string) => low in UNITS || low in TENS;
/** Every word a number can begin with: the rest of the words (nearly all) are turned away in one lookup. */
const STARTS = new Set(["a", "an", "half", ...Object.keys(PLURAL_SCALES), ...Object.keys(UNITS), ...Object.keys(TENS)]);
const parseDigits = (s: string) => Number(s.replace(/,/g, ""));

/**
 * Reads a number starting at token i: digits with an optional scale ("1.5 million",
 * "1.5bn"), number words ("twenty-five thousand", "a dozen"), plural scales
 * ("tens of thousands of"), fractions ("a third of", "two-thirds of").
 */
export function readNumber(toks: Token[], i: number): NumberMatch | null {
  const t = toks[i];
  if (!t) return null;
  if (t.kind === "num") {
    let value = parseDigits(t.text);
    let last = i;
    const next = toks[i + 1];
    if (next && next.kind === "word" && next.low in SCALES && (!GLUED_SCALES.has(next.low) || adjacent(t, next))) {
      value = times(value, SCALES[next.low]!);
      last = i + 1;
    } else if (next?.text === "-" && adjacent(t, next) && isLongScale(toks[i + 2]) && adjacent(next, toks[i + 2])) {
      // "a $450-million issue": the scale joined to the digits as a compound modifier
      value = times(value, SCALES[toks[i + 2]!.low]!);
      last = i + 2;
    }
    return { value, first: i, last, qualifier: null, words: false, partitive: false };
  }
  if (t.kind !== "word" || !STARTS.has(t.low)) return null;
  // "half a million"
  if (t.low === "half") {
    const a = toks[i + 1], n = toks[i + 2];
    if ((a?.low === "a" || a?.low === "an") && n && n.low in SCALES && !SHORT_SCALES.has(n.low))
      return scaled(toks, { value: SCALES[n.low]! / 2, first: i, last: i + 2, qualifier: null, words: true, partitive: false });
    return null;
  }
  // "a dozen", "a hundred", "a third of"
  if (t.low === "a" || t.low === "an") {
    const n = toks[i + 1];
    if (!n || n.kind !== "word") return null;
    if (n.low === "dozen") return scaled(toks, { value: 12, first: i, last: i + 1, qualifier: null, words: true, partitive: false });
    if (n.low in SCALES && !SHORT_SCALES.has(n.low))
      return scaled(toks, { value: SCALES[n.low]!, first: i, last: i + 1, qualifier: null, words: true, partitive: false });
    if (n.low in FRACTIONS && toks[i + 2]?.low === "of")
      return { value: FRACTIONS[n.low]!, first: i, last: i + 2, qualifier: null, words: true, partitive: true };
    return null;
  }
  if (t.low in PLURAL_SCALES && toks[i + 1]?.low === "of") {
    // "tens of thousands of", "hundreds of thousands of"
    const inner = toks[i + 2];
    if (inner && inner.low in PLURAL_SCALES && inner.low !== "tens" && toks[i + 3]?.low === "of")
      return { value: PLURAL_SCALES[t.low]! * PLURAL_SCALES[inner.low]!, first: i, last: i + 3, qualifier: "at_least", words: true, partitive: true };
    return { value: PLURAL_SCALES[t.low]!, first: i, last: i + 1, qualifier: "at_least", words: true, partitive: true };
  }
  if (!isWordNumber(t.low)) return null;
  // "two-thirds of"
  if (toks[i + 1]?.text === "-" && adjacent(t, toks[i + 1]) && toks[i + 2]?.low! in FRACTIONS && toks[i + 3]?.low === "of")
    return { value: UNITS[t.low]! * FRACTIONS[toks[i + 2]!.low]!, first: i, last: i + 3, qualifier: null, words: true, partitive: true };
  if (t.low in UNITS && toks[i + 1]?.low! in FRACTIONS && toks[i + 2]?.low === "of")
    return { value: UNITS[t.low]! * FRACTIONS[toks[i + 1]!.low]!, first: i, last: i + 2, qualifier: null, words: true, partitive: true };
  return scaled(toks, andAHalf(toks, spokenDecimal(toks, wordValue(toks, i))));
}

/** "two and a half", "four-and-a-half": the half joins the number before its scale or noun. */
function andAHalf(toks: Token[], m: NumberMatch): NumberMatch {
  const words = ["and", "a", "half"];
  let j = m.last + 1;
  for (const w of words) {
    if (toks[j]?.text === "-") j++;
    if (toks[j]?.low !== w) return m;
    j++;
  }
  return { ...m, value: m.value + 0.5, last: j - 1 };
}

/** "two point four billion", as broadcasts say 2.4 billion: digit words after "point" are decimals. */
function spokenDecimal(toks: Token[], m: NumberMatch): NumberMatch {
  if (toks[m.last + 1]?.low !== "point" || m.value >= 1000) return m;
  let digits = "", last = m.last + 1;
  while (toks[last + 1] && toks[last + 1]!.low in UNITS && UNITS[toks[last + 1]!.low]! < 10) digits += UNITS[toks[++last]!.low]!;
  return digits ? { ...m, value: Number(`${m.value}.${digits}`), last } : m;
}

/** Number words up to the first scale: "twenty-five", "one hundred and five". */
function wordValue(toks: Token[], i: number): NumberMatch {
  let value = 0;
  let last = i;
  let j = i;
  let group = 0;
  for (;;) {
    const t = toks[j];
    if (!t) break;
    // "three one-day games", "nineteen eighty-four": a number word right after a unit word
    // (or a tens word after a tens word) starts another number, it does not add to this one
    const before = j > i ? toks[j - 1]!.low : "";
    if ((before in UNITS && isWordNumber(t.low)) || (before in TENS && t.low in TENS)) break;
    if (t.low in TENS) {
      group += TENS[t.low]!;
      last = j;
      // "twenty-five"
      const dash = toks[j + 1], u = toks[j + 2];
      if (dash?.text === "-" && adjacent(t, dash) && adjacent(dash, u) && u && u.low in UNITS && UNITS[u.low]! < 10) {
        group += UNITS[u.low]!;
        last = j + 2;
        j += 3;
      } else j++;
    } else if (t.low in UNITS) {
      group += UNITS[t.low]!;
      last = j;
      j++;
    } else if (t.low === "dozen" && j > i) {
      // "two dozen"
      group = (group || 1) * 12;
      last = j;
      j++;
    } else if (t.low === "hundred" && j > i) {
      group = (group || 1) * 100;
      last = j;
      j++;
    } else if (t.low === "and" && j > i && toks[j - 1]!.low === "hundred" && isWordNumber(toks[j + 1]?.low ?? "")) {
      j++;
    } else if ((t.low === "thousand" || t.low === "million" || t.low === "billion" || t.low === "trillion") && j > i) {
      value += (group || 1) * SCALES[t.low]!;
      group = 0;
      last = j;
      j++;
    } else break;
  }
  return { value: value + group, first: i, last, qualifier: null, words: true, partitive: false };
}

/** "a dozen" / "five" followed by more scale words ("a hundred thousand"). */
function scaled(toks: Token[], m: NumberMatch): NumberMatch {
  let { value, last } = m;
  for (let j = last + 1; ; j++) {
    const t = toks[j];
    if (!t || t.kind !== "word" || !(t.low in SCALES) || SHORT_SCALES.has(t.low) || t.low === "hundred" && value >= 100) break;
    value = times(value, SCALES[t.low]!);
    last = j;
  }
  return { ...m, value, last };
}
