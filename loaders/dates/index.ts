// The English locale alone: the package's root loads every locale (four times the start-up).
import * as chrono from "chrono-node/en";
import type { DateRow, Doc } from "../types.js";
import { parsePub, resolve, ymd } from "./resolve.js";
import { findYears } from "./years.js";
import { dateDirection, sentenceTerms, type Direction } from "./tense.js";

// chrono-node reads the expressions; resolve.ts applies the gold guide's
// conventions. chrono costs far more than a regex, so it only sees sentences
// that contain a date word or a year, one sentence at a time (which also stops
// it from gluing "Last year. 9am" across a sentence end).

// Month names count only capitalised ("March", not "a march"; "May", not "may");
// periods only with a word that anchors them ("last week", "two years ago").
const CUE = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b|\b(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day\b|\b(?:[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight|[Oo]vernight|ago)\b|\b(?:[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Cc]oming|[Pp]revious)\s+(?:week|weekend|month|year|fortnight)\b/;
const OVERNIGHT = /\bovernight\b/gi;
const YEAR_CUE = /\b(?:1[5-9]|20)\d\d\b/;

export function extractDates(doc: Doc): DateRow[] {
  const text = doc.text;
  if (!text) return [];
  const pub = parsePub(doc.published);
  const ref = pub ? new Date(Date.UTC(pub.y, pub.m - 1, pub.d, 12)) : new Date(Date.UTC(2000, 0, 1, 12));
  const rows: DateRow[] = [];
  const add = (start: number, end: number, value: string | null) => {
    if (!value || end <= start) return;
    // rows kept sorted by start: an overlap can only be with the neighbours of the insertion point
    let lo = 0, hi = rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (rows[mid]!.start < start) lo = mid + 1;
      else hi = mid;
    }
    if ((lo > 0 && rows[lo - 1]!.end > start) || (lo < rows.length && rows[lo]!.start < end)) return;
    rows.splice(lo, 0, { article: doc.id, text: text.slice(start, end), value, start, end });
  };
  // Pass 1: the cue windows of every sentence, read by one chrono call per
  // article (a call has a fixed cost of a fraction of a millisecond, which
  // dominated when it was paid per sentence). Windows are joined by a
  // separator chrono does not merge across, and mapped back by offset.
  const wins: Win[] = [];
  for (const s of doc.sentences) if (CUE.test(text.slice(s.start, s.end))) cueWindows(text, s.start, s.end, s.index, wins);
  const daySentences = new Set<number>();
  const verbs = new Map<number, ReturnType<typeof sentenceTerms>>();
  // The tagger runs only on sentences holding a date whose year the text leaves open.
  const direction = (sentence: number, start: number, end: number): Direction => {
    const s = doc.sentences[sentence]!;
    const sent = text.slice(s.start, s.end);
    if (!verbs.has(sentence)) verbs.set(sentence, sentenceTerms(sent));
    return dateDirection(sent, verbs.get(sentence)!, start - s.start, end - s.start);
  };
  for (const { at, sentence, r } of parseAll(text, wins, ref)) {
    let start = at;
    let end = start + r.text.length;
    while (end > start && /[\s,.;:]/.test(text[end - 1]!)) end--;
    const phrase = text.slice(start, end);
    // "later this week", "earlier this month": the modifier is part of the expression
    const mod = /\b(later|earlier|early|late)\s+$/i.exec(text.slice(Math.max(0, start - 10), start));
    if (mod && /^this\b/i.test(phrase)) start -= mod[0].length;
    const open = pub && !r.start.isCertain("year") && (r.start.isCertain("month") || r.start.isCertain("weekday"));
    const value = resolve(phrase, r.start, pub, open ? direction(sentence, start, end) : 0);
    if (value && value.length === 10) daySentences.add(sentence);
    add(start, end, value);
  }
  // Pass 2: bare years, and "attacked overnight" — the night before publication, dated
  // the publication day, unless the sentence names the day itself ("overnight into Saturday").
  for (const s of doc.sentences) {
    const sent = text.slice(s.start, s.end);
    if (YEAR_CUE.test(sent)) for (const y of findYears(sent, s.start)) add(y.start, y.end, y.value);
    if (pub && !daySentences.has(s.index))
      for (const m of sent.matchAll(OVERNIGHT)) add(s.start + m.index!, s.start + m.index! + m[0].length, ymd(pub.y, pub.m, pub.d));
  }
  return rows.sort((a, b) => a.start - b.start);
}

const CUE_G = new RegExp(CUE.source, "g");

interface Win { start: number; end: number; sentence: number }

/** Stretches of a sentence around its cues: 30 characters either side, widened to whole words, merged. */
function cueWindows(text: string, ss: number, se: number, sentence: number, out: Win[]): void {
  CUE_G.lastIndex = 0;
  let first = true;
  for (const m of text.slice(ss, se).matchAll(CUE_G)) {
    let a = Math.max(ss, ss + m.index! - 30), b = Math.min(se, ss + m.index! + m[0].length + 30);
    while (a > ss && !/\s/.test(text[a - 1]!)) a--;
    while (b < se && !/\s/.test(text[b]!)) b++;
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

// chrono's refiners match a `$`-anchored pattern against all the text before each
// result, so one call costs (results × length): a long article goes in bounded chunks.
const CHUNK = 20_000;

/** chrono over all windows, a few calls of at most CHUNK characters; each result mapped back to its offset in `text`. */
function parseAll(text: string, wins: Win[], ref: Date): { at: number; sentence: number; r: chrono.ParsedResult }[] {
  const out: { at: number; sentence: number; r: chrono.ParsedResult }[] = [];
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

function parseChunk(text: string, wins: Win[], ref: Date): { at: number; sentence: number; r: chrono.ParsedResult }[] {
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
    results = DAYS.parse(joined, { instant: ref, timezone: 0 });
  } catch {
    return []; // chrono failing on odd input must not lose the article
  }
  const out: { at: number; sentence: number; r: chrono.ParsedResult }[] = [];
  let k = 0;
  for (const r of results) {
    while (k + 1 < starts.length && starts[k + 1]! <= r.index) k++;
    const w = wins[k]!;
    const at = w.start + r.index - starts[k]!;
    // a result reaching over a separator is chrono gluing two windows: drop it
    if (at + r.text.length > w.end) continue;
    out.push({ at, sentence: w.sentence, r });
  }
  return out;
}

export { findVagueTimes } from "./vague.js";
