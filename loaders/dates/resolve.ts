import type { ParsedComponents } from "chrono-node";
import { IN_SPAN } from "./durations.js";
import type { Direction } from "./tense.js";

// The gold guide's conventions on top of chrono's reading: chrono finds the
// expression and its components; the precision and the direction in time are
// ours, because news prose dates past events by default:
//   a weekday            → the latest such day on or before publication, unless its clause is
//                          future (tense.ts) or says "next": then the first on or after
//   a day and month       → the nearest such date to publication; more than GRACE_DAYS on the wrong
//                          side of it, a past clause moves it a year back, a future one a year ahead
//   a bare month          → YYYY-MM, the same way (its middle day), "this May" → this year's
//   "the end of March"    → YYYY-MM: a part of a month is the month
//   "last/this/next week" → YYYY-MM (a week is not a day); "… month" → YYYY-MM; "… year" → YYYY
//   "over the weekend"    → the month of the weekend the clause's direction points at
//   a year with a month   → YYYY-MM; a year alone → YYYY

export interface Pub {
  y: number;
  m: number;
  d: number;
}

export function parsePub(published: string | null): Pub | null {
  const m = published ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(published) : null;
  return m ? { y: +m[1]!, m: +m[2]!, d: +m[3]! } : null;
}

const pad = (n: number) => String(n).padStart(2, "0");
export const ymd = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
export const ym = (y: number, m: number) => `${y}-${pad(m)}`;

function addDays(p: Pub, n: number): Pub {
  const t = new Date(Date.UTC(p.y, p.m - 1, p.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** Words that make an expression relative to publication (unresolvable without it). */
export const RELATIVE = /\b(last|next|this|ago|yesterday|today|tomorrow|tonight|previous|coming|past|earlier|later|overnight)\b/i;

/** "the end of", "the beginning of": a part of the period that follows, valued as the whole period. */
const PART_OF = /\b(?:end|beginning|start|middle)\s+of\b/;

/** The value of one chrono result under the conventions, or null when it names no date. */
export function resolve(text: string, c: ParsedComponents, pub: Pub | null, dir: Direction = 0, acted = false): string | null {
  const low = text.toLowerCase();
  // "until the end of September": chrono names the month's last day; the guide gives the month, as TimeML
  // does (it marks the part with a modifier the contract has no column for)
  const partOfMonth = PART_OF.test(low) && !/(?<!\d)\d{1,2}(?!\d)/.test(low);
  const known = (k: "year" | "month" | "day" | "weekday") => c.isCertain(k) && !(partOfMonth && k === "day");
  const relative = RELATIVE.test(low);
  if (!pub) {
    // Without a publication date only what the text fixes by itself counts.
    if (relative || !known("year")) return null;
    if (known("month") && known("day")) return ymd(c.get("year")!, c.get("month")!, c.get("day")!);
    if (known("month")) return ym(c.get("year")!, c.get("month")!);
    return String(c.get("year"));
  }
  // Relative periods are counted from publication, not from chrono's start-of-week
  // ("later this week" on Tuesday 1 March is March, though that week began in February).
  if (/\bago\b/.test(low)) {
    const [y, m, d] = [c.get("year")!, c.get("month")!, c.get("day")!];
    // "two weeks ago" is counted in days from a day, so it names one; "a month ago" a month
    return /\byears?\b/.test(low) ? String(y) : /\bmonths?\b/.test(low) ? ym(y, m) : ymd(y, m, d);
  }
  // "a year from now", "two weeks from now": chrono counts forward; a week ahead, like "next week", is kept to its month
  if (/\bfrom now\b/.test(low) || IN_SPAN.test(low)) {
    const [y, m, d] = [c.get("year")!, c.get("month")!, c.get("day")!];
    return /\byears?\b/.test(low) ? String(y) : /\b(?:months?|weeks?)\b/.test(low) ? ym(y, m) : ymd(y, m, d);
  }
  const step = /\b(last|previous|past)\b/.test(low) ? -1 : /\b(next|coming)\b/.test(low) ? 1 : 0;
  // "over the weekend" names no week by itself: the clause's direction picks the weekend
  // before or after publication (its Saturday), and a weekend, like a week, is kept to its month.
  if (step === 0 && !/\bthis\b/.test(low) && /\bweekend\b/.test(low)) return weekday(6, pub, low, dir).slice(0, 7);
  if (/\b(week|weekend|fortnight)\b/.test(low)) {
    const p = addDays(pub, step * 7);
    return ym(p.y, p.m);
  }
  if (/\bmonth\b/.test(low)) {
    const k = pub.y * 12 + pub.m - 1 + step;
    return ym(Math.floor(k / 12), (k % 12) + 1);
  }
  if (/\byear\b/.test(low) && !/\b\d{4}\b/.test(low)) return String(pub.y + step);
  if (known("year") && known("month") && known("day")) return ymd(c.get("year")!, c.get("month")!, c.get("day")!);
  const lexical: Direction = /\b(next|coming)\b/.test(low) ? 1 : /\b(last|previous|past)\b/.test(low) ? -1 : 0;
  const way: Direction = lexical || dir;
  if (known("weekday") && !known("day")) return weekday(c.get("weekday")!, pub, low, way);
  if (known("month") && known("day")) {
    const m = c.get("month")!, d = c.get("day")!;
    return ymd(yearOf(pub, m, d, /\bthis\b/.test(low) ? 2 : way, lexical ? 0 : GRACE_DAYS), m, d);
  }
  if (known("day") && !known("month")) return dayOfMonth(c.get("day")!, pub, way);
  if (known("month")) {
    const m = c.get("month")!;
    if (known("year")) return ym(c.get("year")!, m);
    // a bare month is a whole month: "in March" written in March is this March either way. A plan is
    // held to the month's last day: "will vaccinate them by March" written in April is next March's.
    if (way > 0 && !lexical && !/\bthis\b/.test(low)) return ym(yearOf(pub, m, lastDay(pub.y, m), 1, 0), m);
    // "which closed in November", "had tumbled in November": a past verb right before "in" leaves no doubt of
    // the side, so a month still ahead of publication is last year's
    // (a month already begun is no longer ahead: "was signed in December", written on 9 December, is this one)
    const doneIn = acted && way < 0;
    return ym(yearOf(pub, m, doneIn ? 1 : 15, /\bthis\b/.test(low) ? 2 : way, lexical || doneIn ? 0 : GRACE_DAYS), m);
  }
  if (known("year")) return String(c.get("year"));
  // "yesterday", "two days ago", "today", "this morning": chrono computed the day from the reference
  if (/\b(?:yesterday|today|tomorrow|tonight|ago|this\s+(?:morning|afternoon|evening))\b/.test(low)) return ymd(c.get("year")!, c.get("month")!, c.get("day")!);
  return null;
}

/**
 * "on the 18th": a day of publication's month, or of the month before (a past clause, a day still
 * ahead) or after (a future clause, a day gone by).
 */
function dayOfMonth(d: number, pub: Pub, way: Direction): string {
  const k = pub.y * 12 + pub.m - 1 + (way < 0 && d > pub.d ? -1 : way > 0 && d < pub.d ? 1 : 0);
  return ymd(Math.floor(k / 12), (k % 12) + 1, d);
}

/**
 * "last May": the latest May before the current month, but not the month just gone,
 * which a writer calls "last month" (so "last February" written in March is a year back).
 */
export function lastMonth(m: number, pub: Pub): string {
  let k = pub.y * 12 + m - 1;
  while (k >= pub.y * 12 + pub.m - 2) k -= 12;
  return ym(Math.floor(k / 12), (k % 12) + 1);
}

/**
 * The year of day `d` of month `m`: the latest on or before publication (way -1), the
 * first on or after (way 1), the nearest (way 0) or publication's own year (way 2, "this May").
 */
const DAY = 86_400_000;
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
/**
 * A day and month are taken on the tense's side of publication only beyond a grace from it:
 * tagging is imperfect, and a past act a few weeks off, or a clause misread as past ("payable
 * Dec. 15 to holders of record"), is this year's. A plan is held to a month: "must be returned
 * by Jan. 14" written on the 15th is this year's, but "will meet in March" written in mid-April
 * is next March's.
 */
const GRACE_DAYS = 75;
/** How much farther a date ahead of publication counts than one as far behind it, when nothing in the clause says which. */
const AHEAD_WEIGHT = 1.25;
const FUTURE_GRACE = 30;

export function yearOf(pub: Pub, m: number, d: number, way: Direction | 2, grace = 0): number {
  if (way === 2) return pub.y;
  const t = Date.UTC(pub.y, pub.m - 1, pub.d);
  const at = (y: number) => Date.UTC(y, m - 1, Math.max(d, 1));
  if (way < 0) return at(pub.y) > t + grace * DAY ? pub.y - 1 : pub.y;
  if (way > 0) return at(pub.y) < t - Math.min(grace, FUTURE_GRACE) * DAY ? pub.y + 1 : pub.y;
  // news tells the past more often than the future: a date ahead counts a little farther than one behind
  const far = (y: number) => (at(y) > t ? (at(y) - t) * AHEAD_WEIGHT : t - at(y));
  return [pub.y - 1, pub.y, pub.y + 1].reduce((a, b) => (far(b) < far(a) ? b : a));
}

/** A weekday: the latest such day on or before publication; forward (way 1) → the first on or after ("next" → strictly after); "last" → strictly before. */
export function weekday(wd: number, pub: Pub, low: string, way: Direction = 0): string {
  const w0 = new Date(Date.UTC(pub.y, pub.m - 1, pub.d)).getUTCDay();
  if (way > 0) {
    const p = addDays(pub, (wd - w0 + 7) % 7 || (/\bnext\b/.test(low) ? 7 : 0));
    return ymd(p.y, p.m, p.d);
  }
  let back = (w0 - wd + 7) % 7;
  if (back === 0 && /\b(last|previous)\b/.test(low)) back = 7;
  const p = addDays(pub, -back);
  return ymd(p.y, p.m, p.d);
}
