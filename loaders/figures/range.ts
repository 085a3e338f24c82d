import type { Qualifier } from "../types.js";
import { CURRENCY_SYMBOLS } from "./lexicon.js";
import { readNumber, SCALES, times, type NumberMatch } from "./numbers.js";
import type { Token } from "./tokens.js";
import { isVerbForm } from "./unit.js";

/** The figure a range grows: its number, its span's end, its qualifier and the upper bound. */
export interface RangeSpan {
  nm: NumberMatch;
  first: number;
  last: number;
  qualifier: Qualifier | null;
  upper?: number;
}

/**
 * A range: "10,000–12,000", "10,000 to 12,000", "between 300 and 400", "$5 million to $7
 * million", "two or three years" (two guesses are a range too). The lower bound is the value,
 * at_least, and the wording spans both; the upper bound is kept for the counted noun's number.
 */
export function readRange(toks: Token[], f: RangeSpan): void {
  const sep = toks[f.last + 1];
  if (!sep) return;
  const dash = sep.text === "–" || sep.text === "-";
  const between = sep.low === "and" && toks[f.first - 1]?.low === "between";
  // number words join with a hyphen inside one number ("twenty-five"): only words like "to" and "or" join two
  if (!(dash && !f.nm.words) && sep.low !== "to" && sep.low !== "or" && !between) return;
  let h = f.last + 2;
  // the currency written again before the upper bound ("$3 million to $4 million")
  const sym = toks[f.first - 1];
  const symbol = !!sym && sym.text in CURRENCY_SYMBOLS;
  if (symbol && toks[h]?.text === sym.text) h++;
  // "shares fell $2.25 to $31.50", "rose 5 to 12": a change, then the level it reached
  const before = toks[f.first - (symbol ? 2 : 1)];
  if (sep.low === "to" && before?.kind === "word" && (/\p{Ll}ed$/u.test(before.low) || isVerbForm(before.low))) return;
  if (toks[h]?.kind !== "num" && !(f.nm.words && toks[h]?.kind === "word")) return;
  const hi = readNumber(toks, h);
  if (!hi || hi.partitive) return;
  // "between 4.75 and 5.1 million": a scale written once, after the upper bound, is the lower one's too
  const scale = hi.last > hi.first && f.nm.last === f.nm.first ? (SCALES[toks[hi.last]!.low] ?? 1) : 1;
  if (hi.value > f.nm.value * scale) {
    if (scale > 1) f.nm = { ...f.nm, value: times(f.nm.value, scale) };
    f.last = hi.last;
    f.qualifier = "at_least";
    f.upper = hi.value;
  }
}
