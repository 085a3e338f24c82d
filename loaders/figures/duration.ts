import { table } from "./lexicon.js";
import { readNumber, type NumberMatch } from "./numbers.js";
import type { Token } from "./tokens.js";

// A time written in parts, as results give a race's time: "3 minutes 58.42 seconds", "two
// hours and 15 minutes". Each part alone is no figure (the 3 minutes or the 58.42 seconds
// were nobody's time); the whole is one duration, in its smallest unit, so times compare.

/** Seconds in each time unit a part may name, abbreviations included ("51 mins 8 secs"). */
const SECONDS: Record<string, number> = table({
  week: 604800, day: 86400, hour: 3600, hr: 3600, minute: 60, min: 60, second: 1, sec: 1,
});
const NAME: Record<number, string> = { 604800: "weeks", 86400: "days", 3600: "hours", 60: "minutes", 1: "seconds" };

const secondsOf = (t: Token | undefined): number | undefined => (t?.kind === "word" ? SECONDS[t.low.replace(/s$/, "")] : undefined);

/** The figure a compound time grows. */
export interface TimeSpan {
  nm: NumberMatch;
  last: number;
  unit: string | null;
}

/**
 * Reads the smaller parts after a duration ("2 hours" → "2 hours 14 minutes 9.5 seconds") into
 * one value in the last part's unit; leaves the figure as it was when no smaller part follows.
 */
export function readCompoundTime(toks: Token[], f: TimeSpan): void {
  let size = secondsOf(toks[f.last]);
  if (size === undefined) return;
  let total = f.nm.value * size, last = f.last;
  for (;;) {
    let j = last + 1;
    if (toks[j]?.low === "and") j++;
    const n = readNumber(toks, j);
    const part = n ? secondsOf(toks[n.last + 1]) : undefined;
    if (!n || n.words && n.value >= 60 || part === undefined || part >= size) break;
    total += n.value * part;
    size = part;
    last = n.last + 1;
  }
  if (last === f.last) return;
  // decimal seconds summed in binary: round off the float's tail ("238.42", not "238.41999…")
  f.nm = { ...f.nm, value: Math.round((total / size) * 1e6) / 1e6 };
  f.last = last;
  f.unit = NAME[size] ?? f.unit;
}
