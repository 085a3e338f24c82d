import type { DateRow, Doc } from "../types.js";
import { findAnchored, shift } from "./anchor.js";
import { CUE, cueWindows, parseAll, type Win } from "./chrono.js";
import { findLeadMonths, widen, type Widened } from "./context.js";
import { findHolidays } from "./holidays.js";
import { echoBody } from "./headline.js";
import { carryYears } from "./carry.js";
import { sentenceAt } from "../text/sentences.js";
import { findPeriods } from "./periods.js";
import { inName } from "./namewords.js";
import { isMarchVerb } from "./monthverb.js";
import { IN_SPAN, IN_TIME, isDuration } from "./durations.js";
import { lastMonth, parsePub, resolve, yearOf, ym, ymd, type Pub } from "./resolve.js";
import { ANCHOR_CUE, ClauseReader } from "./clause.js";
import type { Direction } from "./tense.js";
import { APPOINTING, RESCHEDULED, SCHEDULE_CUE } from "./verbs.js";
import { findSpokenYears, findYears } from "./years.js";
import { matchesOf } from "../text/matches.js";
import { lexiconTags } from "../text/compromise.js";
import { endsWithWord } from "../text/ending.js";

// chrono-node reads the expressions (chrono.ts); resolve.ts applies the gold
// guide's conventions, tense.ts the clause's direction in time. What chrono does
// not read is ours: years in any position (years.ts), periods such as fiscal years,
// quarters and seasons (periods.ts), and expressions counted from the text's own
// dates (anchor.ts).

const OVERNIGHT = /\bovernight\b/gi;
/** What sets a day apart from "overnight": another clause between them. */
const APART = /[;:]|\b(?:after|before|since|when|that|which|who|until|while|as)\b/i;
const YEAR_CUE = /\b(?:1[6-9]|20)\d\d\b/;
const SPOKEN_CUE = /\b(?:nineteen|thousand)\b/i;
const HOLIDAY_CUE = /\b(?:Thanksgiving|Election Day|Christmas|New Year|Black Friday|Good Friday|Easter)/;
const PERIOD_CUE = /\b(?:year|quarter|spring|summer|autumn|fall|winter)\b|\b(?:Q[1-4]|FY)/i;
/** Words without which no clause of a sentence reads as future (tense.ts): auxiliaries, modals, an infinitive's "to", a limit ("until"). */
const FUTURE_CUE = new RegExp(String.raw`\b(?:until|till|by|effective|Until|By|Effective)\s+(?:at\s+(?:least|the\s+(?:earliest|latest))\s+)?(?:(?:early|late|mid)[-\s]?)?[\p{Lu}\d]|\b(?:will|would|shall|wo|going|must|should|may|might|can|Will|Would|Shall|Must|Should|Might|Can)\b|['’]ll\b|\bto\s+(?!(?:the|a|an|his|her|its|their|our|this|that|these|those|some|all|him|them|us|me)\b)\p{Ll}|${SCHEDULE_CUE}|\b(?:${APPOINTING.join("|")})\s+(?:an?|the)\b|\b(?:${[...RESCHEDULED].filter((w) => !APPOINTING.includes(w)).join("|")})\b[^.;]{0,40}\b(?:to|until|till)\s+\p{Lu}|\b(?:is|are|was|were|been|be)\s+(?:${[...RESCHEDULED].join("|")})\s+for\s+\p{Lu}|\b(?:${[...RESCHEDULED].join("|")})\s+(?:an?|the)\s+[^.;]{0,30}\bfor\s+\p{Lu}|\b(?:planned|scheduled|set|slated)\s+for\s+\p{Lu}\p{Ll}+\s+(?:has|have|is|are)\b`, "u");

/** "Ceasefire to Begin Friday": a headline's plan (headline.ts). */
const HEADLINE_TO = /\bto\s+\p{Lu}\p{Ll}+\s+\p{Lu}/u;

const PARAGRAPH_BREAK = /\n\s*\n|\n/g;
const MONTH_NAME = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|\d{4}-\d\d/;

/** Rows kept sorted by start, never overlapping; `explicit` marks the ones the text dates by itself (anchors). */
class Rows {
  rows: (DateRow & { explicit: boolean; open?: boolean })[] = [];
  constructor(private doc: Doc) {}
  add(start: number, end: number, value: string | null, explicit: boolean, open = false): void {
    if (!value || end <= start) return;
    const rows = this.rows;
    let lo = 0, hi = rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (rows[mid]!.start < start) lo = mid + 1;
      else hi = mid;
    }
    if ((lo > 0 && rows[lo - 1]!.end > start) || (lo < rows.length && rows[lo]!.start < end)) return;
    rows.splice(lo, 0, { article: this.doc.id, text: this.doc.text.slice(start, end), value, start, end, explicit, ...(open ? { open } : {}) });
  }
  /**
   * "May nineteen eighty-two": chrono reads the month alone (it knows no spoken years), so
   * a bare month straight before a spoken year takes that year and its span.
   */
  joinYear(start: number, end: number, year: string): boolean {
    const r = this.rows.findLast((r) => r.end <= start);
    if (!r || !/^\s+$/.test(this.doc.text.slice(r.end, start)) || !/^\p{Lu}\p{Ll}+\.?$/u.test(r.text) || r.value.length !== 7) return false;
    r.value = `${year}${r.value.slice(4)}`;
    r.end = end;
    r.text = this.doc.text.slice(r.start, end);
    r.explicit = true;
    return true;
  }
  /**
   * The nearest explicit row ending before `at` in the same paragraph or the one before:
   * news paragraphs are a sentence or two, and the story's time carries across one break
   * ("In March, … ¶ The following month, …"), not across the article.
   */
  anchorBefore(at: number, named = false): string | null {
    const text = this.doc.text;
    for (let i = this.rows.length - 1; i >= 0; i--) {
      const r = this.rows[i]!;
      if (r.end > at) continue;
      if ((text.slice(r.end, at).match(PARAGRAPH_BREAK)?.length ?? 0) > 1) return null;
      if (r.explicit) return named && !MONTH_NAME.test(r.text) ? null : r.value;
    }
    return null;
  }
}

export function extractDates(doc: Doc): DateRow[] {
  const text = doc.text;
  if (!text) return [];
  const pub = parsePub(doc.published);
  const rows = new Rows(doc);
  const clauses = new ClauseReader(doc);
  const cued = new Set<number>();
  const daySentences = readChrono(doc, pub, rows, clauses, cued);
  // Pass 2: bare years, periods, and "attacked overnight" — the night before publication,
  // dated the publication day, unless the sentence names the day ("overnight into Saturday").
  for (const s of doc.sentences) {
    const sent = text.slice(s.start, s.end);
    // periods first: "the third quarter of 2011" holds its year
    const direction = (start: number, end: number) => clauses.direction(s.index, s.start + start, s.start + end);
    if (PERIOD_CUE.test(sent)) for (const p of findPeriods(sent, s.start, pub, direction)) rows.add(p.start, p.end, p.value, false);
    // holidays before years: "on Christmas Eve, 1951" is one date
    if (HOLIDAY_CUE.test(sent)) for (const h of findHolidays(sent, s.start, pub, direction)) rows.add(h.start, h.end, h.value, true);
    if (YEAR_CUE.test(sent)) for (const y of findYears(sent, s.start)) rows.add(y.start, y.end, y.value, true);
    if (SPOKEN_CUE.test(sent)) for (const y of findSpokenYears(sent, s.start)) if (!rows.joinYear(y.start, y.end, y.value)) rows.add(y.start, y.end, y.value, true);
    // "last March": a month's name, which CUE holds, so only a sentence with a cue can hold one
    if (pub && cued.has(s.index)) for (const l of findLeadMonths(sent, s.start, (m, lead) => leadMonth(m, lead, pub))) rows.add(l.start, l.end, l.value, true);
    if (pub)
      for (const m of matchesOf(OVERNIGHT, sent)) {
        const at = s.start + m.index!, to = at + m[0].length, today = ymd(pub.y, pub.m, pub.d);
        // a day the clause names is the night's ("overnight into Saturday", "fell overnight, police said on Tuesday");
        // publication's own, or one a subordinate clause names ("after a heatwave that began on August 9"), is not
        const named = (daySentences.get(s.index) ?? []).some((d) => d.value !== today && !APART.test(text.slice(Math.min(d.end, to), Math.max(d.start, at))));
        if (!named) rows.add(at, to, today, false);
      }
  }
  const sentenceOf = (at: number) => sentenceAt(doc.sentences, at)?.index ?? -1;
  const opening = (at: number) => text.slice(sentenceAt(doc.sentences, at)?.start ?? at, at);
  // before the anchors: "In the spring of 1936, … in April. The following winter, …" counts from the April carried
  if (pub) carryYears(rows.rows, sentenceOf, opening, (r) => clauses.direction(sentenceOf(r.start), r.start, r.end) < 0);
  // Pass 3: expressions counted from the text's own dates, in text order so they chain.
  for (const s of doc.sentences) {
    const sent = text.slice(s.start, s.end);
    if (!ANCHOR_CUE.test(sent)) continue;
    for (const a of findAnchored(sent, s.start)) {
      // "will continue until the end of the month": a clause ahead counts a month from no date gone by
      const anchor = forwardOfPast(rows.anchorBefore(a.start, a.named), a.named === true && pub !== null && clauses.direction(s.index, a.start, a.end) > 0, pub);
      // without an anchor a count is from publication, but never forward of it in a past clause ("The next morning, we drove south")
      const fromPub = pub && !a.same && !(a.count > 0 && clauses.direction(s.index, a.start, a.end) < 0);
      const base = anchor ?? (fromPub ? ymd(pub.y, pub.m, pub.d) : null);
      rows.add(a.start, a.end, base ? shift(base, a) : null, anchor !== null);
    }
  }
  echoBody(rows.rows, doc.sentences.findLast((s) => s.headline)?.end ?? 0);
  return rows.rows.map(({ explicit: _, open: __, ...r }) => r);
}

/** An anchor before publication's month is none for a clause looking ahead (`ahead`). */
function forwardOfPast(anchor: string | null, ahead: boolean, pub: Pub | null): string | null {
  return anchor && ahead && pub && anchor.slice(0, 7) < ym(pub.y, pub.m) ? null : anchor;
}

/** A month's name in lower case, alone or opening the phrase: a noun or a verb ("a march", "may"), no date. */
const LOWER_MONTH = /^(?:january|february|march|april|may|june|july|august|september|october|november|december)\b/u;

/** A count after a comma inside chrono's span: "this week, two weeks earlier". */
const JOINED_COUNT = /,\s+(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:days?|weeks?|months?|years?)\s+(?:earlier|later)\b/i;

/** A span counted from an event, not a date: "five weeks after", "three days before". */
const COUNTED_FROM_EVENT = /\b(?:after|before)$/iu;

/** Pass 1: chrono over the cue windows of every sentence, one call per article. Returns the days each sentence got; `cued` gets those with a cue. */
function readChrono(doc: Doc, pub: Pub | null, rows: Rows, clauses: ClauseReader, cued: Set<number>): Map<number, { start: number; end: number; value: string }[]> {
  const text = doc.text;
  const ref = pub ? new Date(Date.UTC(pub.y, pub.m - 1, pub.d, 12)) : new Date(Date.UTC(2000, 0, 1, 12));
  const wins: Win[] = [];
  for (const s of doc.sentences) {
    if (!CUE.test(text.slice(s.start, s.end))) continue;
    cued.add(s.index);
    cueWindows(text, s.start, s.end, s.index, wins);
  }
  const daySentences = new Map<number, { start: number; end: number; value: string }[]>();
  for (const { at, sentence, r } of parseAll(text, wins, ref)) {
    let start = at;
    let end = start + r.text.length;
    // "this week, two weeks earlier than usual": chrono joins a count after a comma to the date; the count is the anchor pass's
    const joined = JOINED_COUNT.exec(r.text);
    if (joined) end = start + joined.index;
    while (end > start && /[\s,.;:]/.test(text[end - 1]!)) end--;
    // "later this week", "earlier this month": the modifier is part of the expression
    const mod = /\b(later|earlier|early|late)\s+$/i.exec(text.slice(Math.max(0, start - 10), start));
    if (mod && /^this\b/i.test(text.slice(start, end))) start -= mod[0].length;
    // chrono's span of "over the weekend" leaves out its article
    else if (/^weekend\b/i.test(text.slice(start, end)) && /\bthe\s$/i.test(text.slice(Math.max(0, start - 4), start))) start -= 4;
    const from = doc.sentences[sentence]!.start;
    if (clauses.isAnchored(sentence, start, end) || inName(text, start, from) || isMarchVerb(text, start, end, from)) continue;
    // chrono reads month names in any case inside a window another cue opened: "another march on July 7"
    if (LOWER_MONTH.test(text.slice(start, end))) continue;
    // "held every June", "each Monday": a recurring day or month names no date; nor does "on a Tuesday in March"
    // ("a June agreement", "a Sunday memorial service" name one: the day or month modifies a noun)
    const lead = text.slice(Math.max(from, start - 8), start);
    if (/\b(?:every|each)\s+$/i.test(lead) || (/(?:\bon\s+(?:a|one|any)|^One)\s+$/i.test(lead) && !/\d/.test(text.slice(start, end)))) continue;
    // "the last week of August 1939": a part of the period named after it, not last week
    if (/^(?:last|past|next)\s/i.test(text.slice(start, end)) && /\bthe\s+$/i.test(lead) && /^\s+of\b/.test(text.slice(end, end + 4))) continue;
    // "a week later than usual": a comparison, no date
    if (/^\s+than\b/.test(text.slice(end, end + 6))) continue;
    // "five weeks after a cyberattack": counted from an event the text names, not from publication
    if (COUNTED_FROM_EVENT.test(text.slice(start, end))) continue;
    // "lasted for four months", "start in May and last six weeks": how long, not when
    const before = text.slice(Math.max(from, start - 40), start);
    if (isDuration(text.slice(start, end), before)) continue;
    // "takes place in ten days": forward from publication only where the clause looks ahead
    if (IN_SPAN.test(text.slice(start, end)) && !IN_TIME.test(text.slice(end, end + 8)) && clauses.direction(sentence, start, end) <= 0) continue;
    let rangeStart: string | null = null;
    for (const part of splitRange(text, start, end, r)) {
      const w = widen(text, part.start, part.end, text.slice(part.start, part.end));
      const phrase = text.slice(w.start, w.end);
      // a timetable in the present sets only a weekday ahead: "take effect on Jan. 15", written in
      // March, is as often a rule in force since January as one due next year
      const schedule = part.c.isCertain("weekday") && !part.c.isCertain("month");
      const ahead = () => FUTURE_CUE.test(clauses.sentence(sentence)) || HEADLINE_TO.test(clauses.sentence(sentence)) || (schedule && clauses.mayBeSchedule(sentence, w.start, w.end));
      const acted = actedIn(text.slice(Math.max(0, w.start - 24), w.start));
      const read = chronoValue(part.c, w, phrase, pub, ahead, () => clauses.direction(sentence, w.start, w.end, schedule), acted);
      const open = !part.c.isCertain("year") && part.c.isCertain("month") && !w.lead && w.yearStep === null && !/\b(?:last|next|this|coming|past)\b/i.test(phrase);
      const value: string | null = open && rangeStart ? rangeEnd(rangeStart, read) : read;
      rangeStart = open ? value : null;
      if (value && value.length === 10) daySentences.set(sentence, [...(daySentences.get(sentence) ?? []), { start: w.start, end: w.end, value }]);
      // a date the text names, not one counted from publication, can anchor "two days later"
      const explicit = !/\b(?:ago|yesterday|today|tomorrow|tonight|this\s+(?:morning|afternoon|evening)|weeks?|weekend|months?|years?|later|earlier)\b/i.test(phrase);
      // a month whose year the text left open, which the sentence's own year may give (carry.ts)
      rows.add(w.start, w.end, value, explicit, open);
    }
  }
  return daySentences;
}

/** The value of one chrono reading under the guide's conventions; the clause is read only when its direction decides. */
function chronoValue(c: Components, w: Widened, phrase: string, pub: Pub | null, ahead: () => boolean, direction: () => Direction, acted = false): string | null {
  const open = pub && !c.isCertain("year") && (c.isCertain("month") || c.isCertain("weekday") || c.isCertain("day"));
  if (open && w.yearStep !== null && c.isCertain("month"))
    return c.isCertain("day") ? ymd(pub.y + w.yearStep, c.get("month")!, c.get("day")!) : ym(pub.y + w.yearStep, c.get("month")!);
  if (open && w.lead && c.isCertain("month") && !c.isCertain("day")) return leadMonth(c.get("month")!, w.lead, pub);
  if (!open) return resolve(phrase, c, pub, 0);
  if (w.possessive && c.isCertain("weekday")) return resolve(phrase, c, pub, w.awaited ? 1 : -1);
  // Reading the clause is the stage's main cost: it is done only when the directions
  // the sentence's words allow give different values ("Monday" is last Monday under
  // a past clause and under none alike; only a future cue or a timetable can move it).
  const dirs: Direction[] = ahead() ? [-1, 0, 1] : [-1, 0];
  const values = new Set(dirs.map((d) => resolve(phrase, c, pub, d, acted)));
  return values.size === 1 ? values.values().next().value! : resolve(phrase, c, pub, direction(), acted);
}

const VERB_IN = /(?:^|[^\p{L}'’])([\p{L}'’]+\s+)?(\p{Ll}+)\s+in\s+$/u;
/** A present or bare "be" before a participle: "is heard in May" is a passive, not a past. */
const BE_NOW = /^(?:is|are|am|be|being|['’]s|['’]re)\s+$/iu;
/** Whether the text before a date ends with a past verb and "in": "closed in", "fell in" (the lexicon's past, or a regular -ed). */
function actedIn(before: string): boolean {
  // the pattern ends on a blank, "in" and blanks: tested first without trying it at each position
  if (!endsWithWord(before, "in")) return false;
  const m = VERB_IN.exec(before);
  if (!m || BE_NOW.test(m[1] ?? "")) return false;
  return /[^e]ed$/.test(m[2]!) || lexiconTags(m[2]!).includes("PastTense");
}

/** A month after "last", "this" or "next". */
function leadMonth(m: number, lead: Direction | 2, pub: Pub): string {
  return lead === -1 ? lastMonth(m, pub) : ym(yearOf(pub, m, 15, lead), m);
}

type Components = Parameters<typeof resolve>[1];

/** "from May 4 to June 12": the end of a range whose years the text leaves open is the first such day on or after its start. */
function rangeEnd(start: string, end: string | null): string | null {
  if (!end || end.length !== start.length) return end;
  const y = +start.slice(0, 4);
  return `${end.slice(5) < start.slice(5) ? y + 1 : y}${end.slice(4)}`;
}

/** "from July 1 to November 18, 1916": the start takes the year written at the end (a month after the end's, the year before). */
function yearFromEnd(c: Components, e: Components): Components {
  if (!e.isCertain("year") || c.isCertain("year") || !c.isCertain("month")) return c;
  const y = c.get("month")! > (e.get("month") ?? 12) ? e.get("year")! - 1 : e.get("year")!;
  return Object.create(c, {
    isCertain: { value: (k: Parameters<Components["isCertain"]>[0]) => k === "year" || c.isCertain(k) },
    get: { value: (k: Parameters<Components["get"]>[0]) => (k === "year" ? y : c.get(k)) },
  }) as Components;
}

/** "Aug. 26 to Oct. 20", "today through Nov. 17": a range is two rows, its start and its end. */
function splitRange(text: string, start: number, end: number, r: { start: Components; end?: Components | null }): { start: number; end: number; c: Components }[] {
  if (!r.end) return [{ start, end, c: r.start }];
  const m = [...matchesOf(/\s*(?:[-–]|\b(?:to|through|until|till|and)\b)\s*/gi, text.slice(start, end))].at(-1);
  if (!m || !m.index) return [{ start, end, c: r.start }];
  return [
    { start, end: start + m.index, c: yearFromEnd(r.start, r.end) },
    { start: start + m.index + m[0].length, end, c: r.end },
  ];
}

export { findVagueTimes } from "./vague.js";
