// Words right before a name that belong to the name's own phrase, read by the subject checks
// (mentions.ts): a stance adjective ("split from the anti-government X", read past as a determiner
// is) and a place noun after a preposition of place ("looting in the capital X killed …": X is
// where, not who).

/** "anti-government", "pro-Western", also a bare "anti-" glued to the name. */
export const STANCE_ADJECTIVE = /^(?:anti|pro)-\p{L}*$/u;

/** "in the capital X", "near the border town X": a preposition of place and a place noun right before a name in apposition ("of X" is read as "of" is). */
const PLACE_NOUN_AFTER_PREP =
  /\b(?:in|at|to|from|into|near|across|inside|outside|around|through)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:capital|city|town|village|province|region|district|port|county|suburb|area)\s+$/iu;

/** The pattern's end alone, tested first: most texts end on no place noun. */
const PLACE_NOUN_AT_END = /(?:capital|city|town|village|province|region|district|port|county|suburb|area)\s+$/iu;

/** Whether the name at `start` is set after a place noun of a locative phrase. */
export function afterPlaceNoun(text: string, start: number, floor: number): boolean {
  const before = text.slice(Math.max(floor, start - 50), start);
  return PLACE_NOUN_AT_END.test(before) && PLACE_NOUN_AFTER_PREP.test(before);
}
