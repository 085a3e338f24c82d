// "Troops die in clash with militia-Agency.": a name glued by a hyphen to the last word of
// a headline, closing its line, credits the news source. It takes no part in the act told.

/** Whether the mention [start, end) is such a credit. */
export function isHeadlineCredit(text: string, m: { start: number; end: number }): boolean {
  return /\p{Ll}-$/u.test(text.slice(Math.max(0, m.start - 2), m.start)) && /^\.?[ \t]*(?:\n|$)/u.test(text.slice(m.end, m.end + 4));
}
