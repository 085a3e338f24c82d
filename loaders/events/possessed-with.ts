// "flew in to discuss X's trade ties with Y": a "with" after a possessed noun is that noun's
// ("X's ties with Y", "X's dispute with Y"), not the verb's partner slot.

/** A possessive "'s" or "s'" before the last "with" in the text between a verb and its "with" name. */
const POSSESSED_BEFORE_WITH = /\p{L}(?:['’]s|s['’])\s+(?:[\p{L}-]+\s+){0,4}with\s+(?:[\p{L}.'’-]+\s+){0,4}$/u;

/** Whether the "with" that introduces the name at `nameStart` belongs to a possessed noun after the verb ending at `from`. */
export function withOfPossessed(text: string, from: number, nameStart: number): boolean {
  const gap = text.slice(from, nameStart);
  return gap.includes("with") && POSSESSED_BEFORE_WITH.test(gap);
}
