import { ymd, type Pub } from "./resolve.js";
import type { Direction } from "./tense.js";
import { matchesOf } from "../text/matches.js";

// Holidays whose day follows from a rule, which chrono's English parser does not
// know: Thanksgiving (the fourth Thursday of November, as in the US), Election Day
// (the Tuesday after the first Monday of November, the US federal rule), Christmas
// and New Year's days and eves, Black Friday (the day after Thanksgiving), Good
// Friday (two days before Western Easter), Easter Sunday and Easter Monday. Holidays whose day depends on the country
// ("Labor Day", "Independence Day") or on a lunar calendar are left alone. Without
// "last", "this" or "next", a holiday is its occurrence nearest publication. A holiday
// followed by a capitalised word heads a name ("the Good Friday Agreement",
// "Christmas Island"): no date.

export interface HolidaySpan {
  start: number;
  end: number;
  value: string;
}

const HOLIDAY = /\b(?:(?<lead>last|this|next|past|coming)\s+)?(?<name>Thanksgiving(?:\s+Day)?|Election\s+Day|Christmas(?:\s+(?:Day|Eve))?|New\s+Year['’]s(?:\s+(?:Day|Eve))?|Black\s+Friday|Good\s+Friday|Easter(?:\s+(?:Sunday|Monday))?)(?:,?\s+(?<year>(?:1[6-9]|20)\d\d)\b)?(?![-\p{L}])(?!\s+\p{Lu}\p{Ll})/gu;

/** The holiday `name` in year `y`, as [month, day]. */
function dayOf(name: string, y: number): [number, number] {
  const n = name.replace(/\s+/g, " ").replace("’", "'");
  const weekdayOf = (m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  if (n.startsWith("Thanksgiving")) return [11, 1 + ((4 - weekdayOf(11, 1) + 7) % 7) + 21];
  if (n === "Black Friday") return [11, 2 + ((4 - weekdayOf(11, 1) + 7) % 7) + 21];
  if (n === "Good Friday") return easter(y, -2);
  if (n === "Easter Monday") return easter(y, 1);
  if (n.startsWith("Easter")) return easter(y, 0);
  if (n.startsWith("Election")) return [11, 2 + ((1 - weekdayOf(11, 1) + 7) % 7)];
  if (n === "Christmas Eve") return [12, 24];
  if (n.startsWith("Christmas")) return [12, 25];
  if (n === "New Year's Eve") return [12, 31];
  return [1, 1];
}

/** Western Easter Sunday of year `y` shifted by `shift` days (the Meeus/Jones/Butcher rule), as [month, day]. */
function easter(y: number, shift: number): [number, number] {
  const a = y % 19, b = Math.floor(y / 100), c = y % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31), day = ((h + l - 7 * m + 114) % 31) + 1;
  const t = new Date(Date.UTC(y, month - 1, day + shift));
  return [t.getUTCMonth() + 1, t.getUTCDate()];
}

/**
 * The holidays of one sentence. `direction` (the clause's side of publication, tense.ts) places
 * a holiday without "last" or "next": a past clause takes the latest on or before publication,
 * a future one the first on or after; a clause that does not say, the nearest.
 */
export function findHolidays(sentence: string, offset: number, pub: Pub | null, direction?: (start: number, end: number) => Direction): HolidaySpan[] {
  const out: HolidaySpan[] = [];
  const side = (start: number, end: number): Direction => direction?.(start, end) ?? 0;
  for (const m of matchesOf(HOLIDAY, sentence)) {
    const { lead, name, year } = m.groups!;
    // without a publication date only a holiday with its year is a date
    if (!pub && !year) continue;
    const at = (y: number) => Date.UTC(y, dayOf(name!, y)[0] - 1, dayOf(name!, y)[1]);
    const p = pub ?? { y: +year!, m: 1, d: 1 };
    const t = Date.UTC(p.y, p.m - 1, p.d);
    const years = [p.y - 1, p.y, p.y + 1];
    const l = lead?.toLowerCase();
    // "on Christmas Eve, 1951": the year written after it
    const y = year ? +year
      : l === "last" || l === "past" ? years.filter((y) => at(y) < t).at(-1)!
      : l === "next" || l === "coming" ? years.find((y) => at(y) > t)!
      : l === "this" ? p.y
      : side(m.index!, m.index! + m[0].length) < 0 ? years.filter((y) => at(y) <= t).at(-1)!
      : side(m.index!, m.index! + m[0].length) > 0 ? years.find((y) => at(y) >= t)!
      : years.reduce((a, b) => (Math.abs(at(b) - t) < Math.abs(at(a) - t) ? b : a));
    const [mo, d] = dayOf(name!, y);
    out.push({ start: offset + m.index!, end: offset + m.index! + m[0].length, value: ymd(y, mo, d) });
  }
  return out;
}
