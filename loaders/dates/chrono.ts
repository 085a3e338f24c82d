// The English locale alone: the package's root loads every locale (four times the start-up).
import * as chrono from "chrono-node/en";
import { matchesOf } from "../text/matches.js";
import { isSpace } from "../text/space.js";

// chrono costs far more than a regex, so it only sees windows around a date word
// in each sentence, all of an article's windows in one call.

// Month names count only capitalised ("March", not "a march"; "May", not "may");
// periods only with a word that anchors them ("last week", "two years ago"). Every branch opens on
// a word's start, tested once before them all: V8 scans such a pattern about twice as fast as one
// whose branches each open on \b.
export const CUE = /\b(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b|(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day\b|(?:[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight|[Oo]vernight|ago)\b|[Tt]his\s+(?:morning|afternoon|evening)\b|[Ll]ast\s+night\b|(?:[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Cc]oming|[Pp]revious)\s+(?:week|weekend|month|year|fortnight)\b|(?:over|at|during|on|through|throughout|by|until|till|before|after)\s+the\s+weekend\b|\d{4}-\d{2}-\d{2}\b|(?:[Oo]n|[Bb]y|[Uu]ntil|[Tt]ill|[Ff]rom|[Ss]ince|[Bb]efore|[Aa]fter|[Tt]hrough)\s+the\s+\d{1,2}(?:st|nd|rd|th)\b|(?:days?|weeks?|months?|years?)\s+from\s+now\b|[Ii]n\s+(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:days?|weeks?|months?|years?)\b)/;

export interface Parsed {
  at: number;
  sentence: number;
  r: chrono.ParsedResult;
}

const CUE_G = new RegExp(CUE.source, "g");

export interface Win { start: number; end: number; sentence: number }

/** Stretches of a sentence around its cues: 30 characters either side, widened to whole words, merged. */
export function cueWindows(text: string, ss: number, se: number, sentence: number, out: Win[]): void {
  CUE_G.lastIndex = 0;
  let first = true;
  for (const m of matchesOf(CUE_G, text.slice(ss, se))) {
    let a = Math.max(ss, ss + m.index! - 30), b = Math.min(se, ss + m.index! + m[0].length + 30);
    while (a > ss && !isSpace(text.charCodeAt(a - 1))) a--;
    while (b < se && !isSpace(text.charCodeAt(b))) b++;
    const last = out[out.length - 1];
    if (!first && last && a <= last.end) last.end = Math.max(last.end, b);
    else out.push({ start: a, end: b, sentence });
    first = false;
  }
}

const SEP = "\n\n\u2016\n\n";

/**
 * chrono's casual English parser without the clock: the tables keep days, so
 * times of day ("9am") and time zones only cost time (about a quarter of
 * chrono's, measured on the bench corpus, with identical results).
 */
const CLOCK = new Set(["ENTimeExpressionParser", "ExtractTimezoneOffsetRefiner", "ExtractTimezoneAbbrRefiner"]);
const DAYS = chrono.casual.clone();
DAYS.parsers = DAYS.parsers.filter((p) => !CLOCK.has(p.constructor.name));
DAYS.refiners = DAYS.refiners.filter((r) => !CLOCK.has(r.constructor.name));
/**
 * "mid-May", "early May", "late May": chrono reads "May" after such a word as the modal verb and
 * drops it, where it reads "mid-June" as June; the month alone is the date (as for June).
 */
DAYS.parsers.push({ pattern: () => /\b(?:early|mid|late)[-\s]?(May)\b/i, extract: (_context, match) => (match[1] === "May" ? { month: 5 } : null) });
/**
 * "ends on the 18th", "went on sale on the 1st": a bare ordinal after a preposition of time is a
 * day of a month the reader knows (resolve.ts places it); chrono reads an ordinal only with its
 * month. An ordinal followed by a word ("the 18th century", "the 22nd floor") is no day.
 */
export const ORDINAL_DAY = /(?<=\b(?:[Oo]n|[Bb]y|[Uu]ntil|[Tt]ill|[Ff]rom|[Ss]ince|[Bb]efore|[Aa]fter|[Tt]hrough)\s+)the\s+([1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?![ \t]*(?:[A-Za-z0-9]|-\w))/;
DAYS.parsers.push({ pattern: () => new RegExp(ORDINAL_DAY.source, "i"), extract: (_context, match) => ({ day: Number(match[1]) }) });

/**
 * chrono bounds the spaces in its patterns (`\s{0,3}`, always at least two), and
 * V8 compiles a bounded repeat into native code many times larger than `\s*`:
 * compiling its four longest patterns is most of chrono's cost on a small corpus,
 * paid again in every worker. In text without a run of three spaces
 * (cleaned text, all but always) `\s*` matches exactly what `\s{0,N}` does, so
 * such text goes through copies of the parsers whose patterns read `\s*`.
 */
const LONG_SPACE = /\s{3}/;
const BOUNDED_SPACE = /\\s\{0,(\d+)\}/g;
type Parser = (typeof DAYS.parsers)[number];
function unbounded(parser: Parser): Parser {
  // By the pattern object first (chrono keeps each parser's), by its text when a parser makes a new one.
  const byObject = new WeakMap<RegExp, RegExp>();
  const byText = new Map<string, RegExp>();
  const pattern = (context: Parameters<Parser["pattern"]>[0]): RegExp => {
    const re = parser.pattern(context);
    let out = byObject.get(re);
    if (out) return out;
    const key = `${re.flags}/${re.source}`;
    out = byText.get(key);
    if (!out) byText.set(key, (out = new RegExp(re.source.replace(BOUNDED_SPACE, (m, n: string) => (Number(n) >= 2 ? "\\s*" : m)), re.flags)));
    byObject.set(re, out);
    return out;
  };
  return Object.create(parser, { pattern: { value: pattern } }) as Parser;
}
const SPACED = DAYS.clone();
SPACED.parsers = DAYS.parsers.map(unbounded);
const engineFor = (text: string) => (LONG_SPACE.test(text) ? DAYS : SPACED);

// chrono's refiners match a `$`-anchored pattern against all the text before each
// result, so one call costs (results × length): a long article goes in bounded chunks.
const CHUNK = 20_000;

/** chrono over all windows, a few calls of at most CHUNK characters; each result mapped back to its offset in `text`. */
export function parseAll(text: string, wins: Win[], ref: Date): Parsed[] {
  const out: Parsed[] = [];
  let from = 0, size = 0;
  for (let i = 0; i <= wins.length; i++) {
    if (i === wins.length || (size > 0 && size + wins[i]!.end - wins[i]!.start > CHUNK)) {
      out.push(...parseChunk(text, wins.slice(from, i), ref));
      from = i;
      size = 0;
    }
    if (i < wins.length) size += wins[i]!.end - wins[i]!.start + SEP.length;
  }
  return out;
}

function parseChunk(text: string, wins: Win[], ref: Date): Parsed[] {
  if (!wins.length) return [];
  let joined = "";
  const starts: number[] = [];
  for (const w of wins) {
    if (joined) joined += SEP;
    starts.push(joined.length);
    joined += text.slice(w.start, w.end);
  }
  let results: chrono.ParsedResult[] = [];
  try {
    results = engineFor(joined).parse(joined, { instant: ref, timezone: 0 });
  } catch {
    return []; // chrono failing on odd input must not lose the article
  }
  const out: Parsed[] = [];
  let k = 0;
  for (const r of results) {
    while (k + 1 < starts.length && starts[k + 1]! <= r.index) k++;
    const w = wins[k]!;
    const at = w.start + r.index - starts[k]!;
    // a result reaching over a separator is chrono gluing two windows: drop it
    if (at + r.text.length > w.end) continue;
    out.push(partOf(r, at, w.sentence, ref) ?? { at, sentence: w.sentence, r });
  }
  return out;
}


const DATE_PARTS = ["year", "month", "day", "weekday"] as const;
/** "the night of Oct. 23": chrono's casual parser swallows the date into a part of day it cannot place. */
const PART_OF_DAY = /^(?:the\s+)?(?:night|morning|evening|afternoon)\s+of\s+/i;

/** A result that fixes no date but names one after "night of": the named date, read alone. */
function partOf(r: chrono.ParsedResult, at: number, sentence: number, ref: Date): Parsed | null {
  if (DATE_PARTS.some((k) => r.start.isCertain(k))) return null;
  const lead = PART_OF_DAY.exec(r.text);
  if (!lead) return null;
  const rest = r.text.slice(lead[0].length);
  const inner = engineFor(rest).parse(rest, { instant: ref, timezone: 0 })[0];
  return inner ? { at: at + lead[0].length + inner.index, sentence, r: inner } : null;
}
