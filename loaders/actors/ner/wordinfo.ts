import { lexiconTags } from "../../text/compromise.js";
import { wordGaz } from "./gazetteer.js";
import { hashOn, hashString } from "./hash.js";

// What the tagger reads from one word by itself, computed once per distinct
// word (words repeat; the hashes are the costly part).

export interface WordInfo {
  /** The word itself. */
  text: string;
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
  /** A number for the lower-cased word, the same for every word with that lower case (docstats.ts), or -1 past the bound. */
  lowId: number;
  /**
   * Where the decoder's class scores of this word's feature groups are (offsets into
   * groupscores.ts's rows, by slot), for the weights in `scoredBy`: kept on the word, which is made once.
   */
  groups: (number | undefined)[] | null;
  scoredBy: object | null;
}

const cache = new Map<string, WordInfo>();

// Module-level: a bundler may rewrite a Unicode property escape as a RegExp built at each use.
const UPPER = /\p{Lu}/u, LOWER = /\p{Ll}/u, DIGIT = /\p{N}/u, LETTER = /\p{L}/u, CAP_START = /^\p{Lu}/u;

/** The shape class of one character (a code point): ASCII answered without a regex. */
function shapeChar(ch: string): string {
  const c = ch.charCodeAt(0);
  if (ch.length === 1 && c < 128) return c >= 65 && c <= 90 ? "X" : c >= 97 && c <= 122 ? "x" : c >= 48 && c <= 57 ? "d" : ch;
  return UPPER.test(ch) ? "X" : LOWER.test(ch) ? "x" : DIGIT.test(ch) ? "d" : ch;
}

export function shapeOf(w: string): string {
  let s = "";
  for (const ch of w) s += shapeChar(ch);
  return s.length > 12 ? s.slice(0, 6) + s.slice(-6) : s;
}

export function shortShape(shape: string): string {
  return shape.replace(/(.)\1+/g, "$1");
}

const lowerIds = new Map<string, number>();
/** Bounded like the cache: past it, docstats.ts counts the words by their text. */
const MAX_LOWER_IDS = 1 << 20;

function lowerId(lower: string): number {
  let id = lowerIds.get(lower);
  if (id === undefined) {
    if (lowerIds.size >= MAX_LOWER_IDS) return -1;
    lowerIds.set(lower, (id = lowerIds.size));
  }
  return id;
}

export function wordInfo(w: string): WordInfo {
  const hit = cache.get(w);
  if (hit) return hit;
  const lower = w.toLowerCase();
  const shape = shapeOf(w);
  // hashString("<" + the first n code units) and (">" + the last n), carried on without building the strings.
  const affixes: number[] = [];
  const len = lower.length, prefix = hashOn(0x811c9dc5, "<", 0, 1), suffix = hashOn(0x811c9dc5, ">", 0, 1);
  for (let n = 1; n <= 4; n++) {
    affixes.push(n <= len ? hashOn(prefix, lower, 0, n) >>> 0 : 0);
    affixes.push(n <= len ? hashOn(suffix, lower, len - n, len) >>> 0 : 0);
  }
  const info: WordInfo = {
    text: w,
    lower,
    word: hashString(w),
    low: hashString(lower),
    shape: hashString(shape),
    short: hashString(shortShape(shape)),
    lex: hashString(lexiconTags(lower)[0] ?? (LETTER.test(w) ? "?" : w.length === 1 ? w : "#")),
    affixes,
    cap: CAP_START.test(w),
    hasLower: LOWER.test(w),
    hasLetter: LETTER.test(w),
    gaz: wordGaz(lower),
    lowId: lowerId(lower),
    groups: null,
    scoredBy: null,
  };
  // Bounded so a stream of unusual tokens cannot grow a worker's memory without end.
  if (cache.size < 300_000) cache.set(w, info);
  return info;
}
