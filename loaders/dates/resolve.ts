import type { ParsedComponents } from "chrono-node";

// The gold guide's conventions on top of chrono's reading: chrono finds the
// expression and its components; the precision and the direction in time are
// ours, because news prose dates past events by default:
//   a weekday            → the latest such day on or before publication ("next" → the first after)
//   a day and month       → the latest such date on or before publication
//   a bare month          → YYYY-MM, the latest on or before publication ("since March", "by November")
//   "last/this/next week" → YYYY-MM (a week is not a day); "… month" → YYYY-MM; "… year" → YYYY
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

/** The value of one chrono result under the conventions, or null when it names no date. */
export function resolve(text: string, c: ParsedComponents, pub: Pub | null): string | null {
  const low = text.toLowerCase();
  const known = (k: "year" | "month" | "day" | "weekday") => c.isCertain(k);
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
    return /\byears?\b/.test(low) ? String(y) : /\b(months?|weeks?)\b/.test(low) ? ym(y, m) : ymd(y, m, d);
  }
  const step = /\b(last|previous|past)\b/.test(low) ? -1 : /\b(next|coming)\b/.test(low) ? 1 : 0;
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
  if (known("weekday") && !known("day")) return weekday(c.get("weekday")!, pub, low);
  if (known("month") && known("day")) {
    const m = c.get("month")!, d = c.get("day")!;
    const future = /\bnext\b/.test(low);
    let y = pub.y;
    if (!future && (m > pub.m || (m === pub.m && d > pub.d))) y--;
    if (future && (m < pub.m || (m === pub.m && d <= pub.d))) y++;
    return ymd(y, m, d);
  }
  if (known("month")) {
    const m = c.get("month")!;
    if (known("year")) return ym(c.get("year")!, m);
    const future = /\bnext\b/.test(low);
    return ym(!future && m > pub.m ? pub.y - 1 : future && m <= pub.m ? pub.y + 1 : pub.y, m);
  }
  if (known("year")) return String(c.get("year"));
  // "yesterday", "two days ago", "today": chrono computed the day from the reference
  if (/\b(yesterday|today|tomorrow|tonight|ago)\b/.test(low)) return ymd(c.get("year")!, c.get("month")!, c.get("day")!);
  return null;
}

/** A weekday: the latest such day on or before publication; "next" → the first after; "last" → strictly before. */
export function weekday(wd: number, pub: Pub, low: string): string {
  const w0 = new Date(Date.UTC(pub.y, pub.m - 1, pub.d)).getUTCDay();
  if (/\bnext\b/.test(low)) {
    const p = addDays(pub, (wd - w0 + 7) % 7 || 7);
    return ymd(p.y, p.m, p.d);
  }
  let back = (w0 - wd + 7) % 7;
  if (back === 0 && /\blast\b/.test(low)) back = 7;
  const p = addDays(pub, -back);
  return ymd(p.y, p.m, p.d);
}
