import { ymd, type Pub } from "./resolve.js";
import { matchesOf } from "../text/matches.js";

// Holidays whose day follows from a rule, which chrono's English parser does not
// know: Thanksgiving (the fourth Thursday of November, as in the US), Election Day
// (the Tuesday after the first Monday of November, the US federal rule), Christmas
// and New Year's days and eves. Holidays whose day depends on the country ("Labor
// Day", "Independence Day") or on a lunar calendar are left alone. Without "last",
// "this" or "next", a holiday is its occurrence nearest publication.

export interface HolidaySpan {
  start: number;
  end: number;
  value: string;
}

const HOLIDAY = /\b(?:(?<lead>last|this|next|past|coming)\s+)?(?<name>Thanksgiving(?:\s+Day)?|Election\s+Day|Christmas(?:\s+(?:Day|Eve))?|New\s+Year['’]s(?:\s+(?:Day|Eve))?)(?![-\p{L}])/gu;

/** The holiday `name` in year `y`, as [month, day]. */
function dayOf(name: string, y: number): [number, number] {
  const n = name.replace(/\s+/g, " ").replace("’", "'");
  const weekdayOf = (m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  if (n.startsWith("Thanksgiving")) return [11, 1 + ((4 - weekdayOf(11, 1) + 7) % 7) + 21];
  if (n.startsWith("Election")) return [11, 2 + ((1 - weekdayOf(11, 1) + 7) % 7)];
  if (n === "Christmas Eve") return [12, 24];
  if (n.startsWith("Christmas")) return [12, 25];
  if (n === "New Year's Eve") return [12, 31];
  return [1, 1];
}

export function findHolidays(sentence: string, offset: number, pub: Pub): HolidaySpan[] {
  const out: HolidaySpan[] = [];
  const t = Date.UTC(pub.y, pub.m - 1, pub.d);
  for (const m of matchesOf(HOLIDAY, sentence)) {
    const { lead, name } = m.groups!;
    const at = (y: number) => Date.UTC(y, dayOf(name!, y)[0] - 1, dayOf(name!, y)[1]);
    const years = [pub.y - 1, pub.y, pub.y + 1];
    const l = lead?.toLowerCase();
    const y =
      l === "last" || l === "past" ? years.filter((y) => at(y) < t).at(-1)!
      : l === "next" || l === "coming" ? years.find((y) => at(y) > t)!
      : l === "this" ? pub.y
      : years.reduce((a, b) => (Math.abs(at(b) - t) < Math.abs(at(a) - t) ? b : a));
    const [mo, d] = dayOf(name!, y);
    out.push({ start: offset + m.index!, end: offset + m.index! + m[0].length, value: ymd(y, mo, d) });
  }
  return out;
}
