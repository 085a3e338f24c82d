// "Russian troops, backed by artillery, attacked …", "Greek officials, speaking on condition of
// anonymity, accused …": a parenthetical set off by commas right before the verb, after the head
// of the subject's noun phrase. subjectGapOk allows one only straight after the name ("Russia,
// backed by Belarus, attacked"); a demonym or possessor names the state a few words earlier, so
// the phrase's own head stands before the commas and needs this reading.

import { isSpace } from "../text/space.js";

/** The head words before one comma-enclosed parenthetical that ends right at the verb. */
const HEAD_THEN_PARENTHETICAL = /^([^,;:()"“”]*[\p{L}])\s*,[^,;:()"“”]{1,80},\s*$/u;

/** The gap's words before a closing parenthetical ("troops" in " troops, backed by artillery, "), or null. */
export function headBeforeParenthetical(gap: string): string | null {
  // The pattern ends on a comma and blanks: most gaps do not, and are turned away without it.
  let i = gap.length;
  while (i > 0 && isSpace(gap.charCodeAt(i - 1))) i--;
  if (i === 0 || gap.charCodeAt(i - 1) !== 44) return null;
  return HEAD_THEN_PARENTHETICAL.exec(gap)?.[1] ?? null;
}
