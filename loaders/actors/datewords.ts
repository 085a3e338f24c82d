import type { Tok } from "./tok.js";

// Words of dates that look like names: capitalised, and glued to one ("the Harbour
// Court Friday", "Aug. 7"). Both the rules and the tagger's spans drop them.

export const DAY_OR_MONTH = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December)$/;

export const MONTH_ABBREVIATIONS = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/;

/** "Aug. 7", "Sept 12": a month's short form before a day is a date ("Jan" alone may be a first name). */
export function dateAbbreviation(toks: Tok[], a: number): boolean {
  if (!MONTH_ABBREVIATIONS.test(toks[a]!.text)) return false;
  const next = toks[a + 1]?.text === "." ? toks[a + 2] : toks[a + 1];
  return !!next && /^\d{1,2}(?:st|nd|rd|th)?$/.test(next.text);
}
