import { lexiconTag } from "../lextokens.js";
import { wordGaz } from "./gazetteer.js";
import { hashString } from "./hash.js";

// What the tagger reads from one word by itself, computed once per distinct
// word (words repeat; the hashes are the costly part).

export interface WordInfo {
  lower: string;
  /** Hashes of the word, its lower case, shape (Xxxx, dd-dd), short shape (Xx, d-d), lexicon tag. */
  word: number;
  low: number;
  shape: number;
  short: number;
  lex: number;
  /** Hashes of the lower-cased prefixes and suffixes of 1–4 characters. */
  affixes: number[];
  /** Starts with a capital letter. */
  cap: boolean;
  /** Has a lower-case letter. */
  hasLower: boolean;
  /** Has a letter. */
  hasLetter: boolean;
  /** The gazetteer's answer for the word alone (gazetteer.ts wordGaz). */
  gaz: number;
}

const cache = new Map<string, WordInfo>();

export function shapeOf(w: string): string {
  let s = "";
  for (const ch of w) {
    if (/\p{Lu}/u.test(ch)) s += "X";
    else if (/\p{Ll}/u.test(ch)) s += "x";
    else if (/\p{N}/u.test(ch)) s += "d";
    else s += ch;
  }
  return s.length > 12 ? s.slice(0, 6) + s.slice(-6) : s;
}

export function shortShape(shape: string): string {
  return shape.replace(/(.)\1+/g, "$1");
}

export function wordInfo(w: string): WordInfo {
  const hit = cache.get(w);
  if (hit) return hit;
  const lower = w.toLowerCase();
  const shape = shapeOf(w);
  const affixes: number[] = [];
  for (let n = 1; n <= 4; n++) {
    affixes.push(n <= lower.length ? hashString(`<${lower.slice(0, n)}`) : 0);
    affixes.push(n <= lower.length ? hashString(`>${lower.slice(-n)}`) : 0);
  }
  const info: WordInfo = {
    lower,
    word: hashString(w),
    low: hashString(lower),
    shape: hashString(shape),
    short: hashString(shortShape(shape)),
    lex: hashString(lexiconTag(lower) ?? (/\p{L}/u.test(w) ? "?" : w.length === 1 ? w : "#")),
    affixes,
    cap: /^\p{Lu}/u.test(w),
    hasLower: /\p{Ll}/u.test(w),
    hasLetter: /\p{L}/u.test(w),
    gaz: wordGaz(lower),
  };
  // Bounded so a stream of unusual tokens cannot grow a worker's memory without end.
  if (cache.size < 300_000) cache.set(w, info);
  return info;
}
