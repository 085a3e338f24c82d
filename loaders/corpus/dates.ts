/** Why `s` is not a usable publication date, or null when it is one (YYYY-MM-DD, a real day, not in the future). */
export function publishedProblem(s: string, today = new Date()): string | null {
  const m = s.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (!m) return `"${s}" is not a date in YYYY-MM-DD form`;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (d.toISOString().slice(0, 10) !== s) return `"${s}" is not a calendar date`;
  if (s > today.toISOString().slice(0, 10)) return `"${s}" is in the future`;
  return null;
}
