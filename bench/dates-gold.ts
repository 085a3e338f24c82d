// Gold values that contradict the words they annotate, found by a check that reads
// only the timex's own text and value (never a document name): a weekday whose value
// falls on another weekday, a written year or month the value does not carry, a bare
// written year given a month or a day. bench/dates.ts counts them and prints value
// accuracy with and without them; it never corrects them.

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const MONTHS = ["Jan(?:uary)?", "Feb(?:ruary)?", "Mar(?:ch)?", "Apr(?:il)?", "May", "June?", "July?", "Aug(?:ust)?", "Sept?(?:ember)?", "Oct(?:ober)?", "Nov(?:ember)?", "Dec(?:ember)?"];

/** Why `value` cannot be right for `text`, or null when nothing in the text contradicts it. */
export function goldContradiction(text: string, value: string): string | null {
  const low = text.toLowerCase();
  const [y, m, d] = value.split("-").map(Number) as [number, number?, number?];
  const counted = /\b(?:before|after|earlier|later|ago)\b/.test(low);
  const wd = WEEKDAYS.findIndex((w) => new RegExp(`\\b${w}\\b`).test(low));
  if (wd >= 0 && !counted && d !== undefined && new Date(Date.UTC(y, m! - 1, d)).getUTCDay() !== wd) return "weekday";
  // a year written in full, alone in the expression and not shifted by a fiscal calendar
  const years = low.match(/\b(?:1[6-9]|20)\d\d\b/g) ?? [];
  if (years.length === 1 && !/\bfiscal\b/.test(low) && +years[0]! !== y) return "year";
  if (/^\d{4}$/.test(text.trim()) && m !== undefined) return "grain";
  // a month named with its capital ("May", "Sept."), alone, and not counted from ("the day before May 1")
  const months = MONTHS.filter((mo) => new RegExp(`\\b${mo}\\b`).test(text));
  if (months.length === 1 && m !== undefined && !counted && MONTHS.indexOf(months[0]!) + 1 !== m) return "month";
  return null;
}
