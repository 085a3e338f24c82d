import type { Direction } from "./tense.js";
import { matchesOf } from "../text/matches.js";

// The words around chrono's span that it leaves out but that fix the date:
// "last February", "the previous Friday", "July last year", "Friday's vote".

export interface Widened {
  start: number;
  end: number;
  /** -1 "last/previous/past", 1 "next/coming", 2 "this", 0 none. */
  lead: Direction | 2;
  /** A year step written after a month: "July last year" → -1, "April next year" → 1, "January this year" → 0. */
  yearStep: number | null;
  possessive: boolean;
  /** "ahead of Friday's vote", "investors await Thursday's data": the possessive's event lies ahead. */
  awaited: boolean;
}

const AWAITED = /\b(?:ahead\s+of|awaits?|awaiting)\s+$/i;

const LEAD = /\b(last|previous|past|next|coming|this)\s+$/i;
const YEAR_AFTER = /^,?\s+(last|this|next)\s+year\b/i;

export function widen(text: string, start: number, end: number, phrase: string): Widened {
  const out: Widened = { start, end, lead: 0, yearStep: null, possessive: /^['’]s\b/.test(text.slice(end, end + 3)), awaited: false };
  if (out.possessive) out.awaited = AWAITED.test(text.slice(Math.max(0, start - 16), start));
  const lead = /^(last|previous|past|next|coming|this)\b/i.exec(phrase) ?? LEAD.exec(text.slice(Math.max(0, start - 10), start));
  if (lead) {
    const w = lead[1]!.toLowerCase();
    out.lead = w === "this" ? 2 : w === "next" || w === "coming" ? 1 : -1;
    if (!/^(last|previous|past|next|coming|this)\b/i.test(phrase)) out.start = start - lead[0].length;
  }
  const after = YEAR_AFTER.exec(text.slice(end, end + 16));
  if (after) {
    const w = after[1]!.toLowerCase();
    out.yearStep = w === "last" ? -1 : w === "next" ? 1 : 0;
    out.end = end + after[0].length;
  }
  return out;
}

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const LEAD_MONTH = new RegExp(String.raw`\b(last|this|next|coming|past)\s+(${MONTHS.map((m) => m[0]!.toUpperCase() + m.slice(1)).join("|")})\b`, "g");

/**
 * "last May" as a whole: chrono drops it (it reads "May" after "last" as the modal verb).
 * `value(month, lead)` resolves it the same way as chrono's months.
 */
export function findLeadMonths(sentence: string, offset: number, value: (month: number, lead: Direction | 2) => string | null) {
  const out: { start: number; end: number; value: string | null }[] = [];
  for (const m of matchesOf(LEAD_MONTH, sentence)) {
    const w = m[1]!.toLowerCase();
    const lead: Direction | 2 = w === "this" ? 2 : w === "next" || w === "coming" ? 1 : -1;
    out.push({ start: offset + m.index!, end: offset + m.index! + m[0].length, value: value(MONTHS.indexOf(m[2]!.toLowerCase()) + 1, lead) });
  }
  return out;
}
