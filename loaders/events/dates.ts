import type { DateRow, EventRow, Sentence } from "../types.js";
import type { Span } from "./clauses.js";
import type { TriggerMatch } from "./matcher.js";
import { closedRelativeAt } from "./verb-classes.js";

// The date governing an event comes only from the dates stage's rows inside the
// event's own sentence, never from the publication date: an undated event stays null.

/** A date the sentence opens with ("Last week, …", "On Monday, …") governs every clause of it. */
const FRONTED_WORDS = 1;
/** "…, Prime Minister X said on Tuesday": the announcement date of a planned act. */
const SPEECH_BEFORE = /\b(?:said|says|told|announced|stated|declared)(?:\s+[\p{L}]+){0,2}\s*$/iu;

export function pickDate(text: string, dates: DateRow[], t: TriggerMatch, clause: Span, s: Sentence, planned: boolean): DateRow | null {
  const inSentence = dates.filter((d) => d.start >= s.start && d.end <= s.end);
  if (!inSentence.length) return null;
  const dist = (d: DateRow) => (d.end <= t.start ? t.start - d.end : Math.max(0, d.start - t.end));
  // "X, who signed a pact in March, urged calm": a date inside a relative closed before the
  // trigger dates the relative's own act; the main verb is left to the rest of its clause.
  const relativeEnd = closedRelativeAt(text, clause.start, t.start) ? text.lastIndexOf(",", t.start) : -1;
  const inClause = inSentence.filter((d) => d.start >= clause.start && d.end <= clause.end && !ownedByParticiple(text, t, d) && !(d.end <= relativeEnd));
  if (inClause.length) return inClause.reduce((a, b) => (dist(b) < dist(a) ? b : a));
  const fronted = inSentence.find((d) => d.start < t.start && wordsBetween(text, s.start, d.start) <= FRONTED_WORDS);
  if (fronted) return fronted;
  if (planned) return inSentence.find((d) => SPEECH_BEFORE.test(text.slice(Math.max(s.start, d.start - 40), d.start))) ?? null;
  return null;
}

// Regexes with a Unicode class made once, here: bundled for Node 20, such a literal inside a
// function is rebuilt (`new RegExp`) each time the function runs.
const WORD = /[\p{L}\p{N}]+/gu;

function wordsBetween(text: string, from: number, to: number): number {
  return (text.slice(from, to).match(WORD) ?? []).length;
}

/** "exporting weapons under rules eased in 2023": a date after another participle dates that participle. */
const PARTICIPLE_BEFORE = /\b\p{L}{3,}ed\s+(?:in|on|at|by|since|during|from)?\s*$/iu;

/** "-ed" and a blank: the pattern needs them, and this finds them far more cheaply. */
const ED_BLANK = /ed\s/i;

function ownedByParticiple(text: string, t: TriggerMatch, d: DateRow): boolean {
  if (d.start < t.end) return false;
  const before = text.slice(Math.max(t.end, d.start - 30), d.start);
  return ED_BLANK.test(before) && PARTICIPLE_BEFORE.test(before);
}

/** An act already in the table or a dated background nominal, kept to date its undated mentions nearby. */
export interface Anchor {
  sentence: number;
  row: Omit<EventRow, "id" | "article">;
  /** Told by a noun ("the appeal"): only a nominalisation refers back to an act told elsewhere. */
  nominal: boolean;
  /** In the table (dated from neighbours if undated), or background. */
  emitted: boolean;
}

/** Words that make a date another time than the clause's ("after meeting Putin last week"). */
const OTHER_TIME = /\b(?:after|before|since|until|following|ahead\s+of|earlier|previously)\b(?:\s+\S+){0,6}\s*$/i;

/** The first date of the sentence that is not another time's (after/before …) nor inside a quotation. */
export function narrativeDate(text: string, s: Sentence, dates: DateRow[]): DateRow | null {
  for (const d of dates) {
    if (d.start < s.start) continue;
    if (d.end > s.end) break;
    const before = text.slice(s.start, d.start);
    const quotes = (before.match(/[“”"]/g) ?? []).length;
    if (quotes % 2 === 0 && !OTHER_TIME.test(before.slice(-60))) return d;
  }
  return null;
}

/**
 * "X called on volunteers to fight. In an appeal published last Sunday, X said …":
 * news often dates an act in the next or previous sentence, through a
 * nominalisation of the same act by the same actor ("the appeal", "the visit",
 * "the talks"). An undated event takes the date of such an anaphor in an
 * adjacent sentence: same type, same source, and only when exactly one date is on offer.
 */
export function dateFromNeighbours(anchors: Anchor[]): void {
  for (const a of anchors) {
    if (a.row.date || !a.emitted) continue;
    const values = new Map<string, Anchor>();
    for (const b of anchors)
      if (b !== a && b.nominal && b.row.date && Math.abs(b.sentence - a.sentence) === 1 && b.row.type === a.row.type && b.row.source === a.row.source && b.row.negated === a.row.negated)
        values.set(b.row.date, b);
    if (values.size !== 1) continue;
    const [b] = values.values();
    a.row.date = b!.row.date;
    a.row.date_text = b!.row.date_text;
  }
}
