import type { DateRow, Sentence } from "../types.js";
import type { Span } from "./clauses.js";
import type { TriggerMatch } from "./matcher.js";

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
  const inClause = inSentence.filter((d) => d.start >= clause.start && d.end <= clause.end && !ownedByParticiple(text, t, d));
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

function ownedByParticiple(text: string, t: TriggerMatch, d: DateRow): boolean {
  return d.start >= t.end && PARTICIPLE_BEFORE.test(text.slice(Math.max(t.end, d.start - 30), d.start));
}
