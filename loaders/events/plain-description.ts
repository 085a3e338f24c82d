import type { ResolvedMention, Sentence } from "../types.js";
import { matchesOf } from "../text/matches.js";

// What the title and body references share: a definite description ("the king", "the party") stands
// for an actor named earlier only where the reference is plain, opening its sentence (after a
// quotation mark or a linking word) or as a possessor ("the king's request"). Inside a clause, "the
// matters the king would raise" or "met the president" may be another holder's.

/** Nothing but a quotation mark or a linking word before the description: it opens the sentence. */
const OPENING = /^[\s"“'‘`]*(?:(?:But|And|Yet|So|However|Meanwhile|Later|Earlier|Still|Also)\s*,?\s+)?$/u;

/** How far back in the article the actor may have been named. */
export const REACH = 1500;

/** The plain descriptions `pattern` finds in sentence `s`, outside the sentence's own mentions, with their offsets. */
export function plainDescriptions(text: string, s: Sentence, pattern: RegExp, sentMs: ResolvedMention[]): { d: RegExpMatchArray; start: number; end: number }[] {
  const seg = text.slice(s.start, s.end);
  if (!seg.includes("he ")) return [];
  const out: { d: RegExpMatchArray; start: number; end: number }[] = [];
  for (const d of matchesOf(pattern, seg)) {
    const start = s.start + d.index!, end = start + d[0].length;
    if (sentMs.some((m) => m.start < end && start < m.end)) continue;
    if (!OPENING.test(seg.slice(0, d.index!)) && !/^['’]s\b/u.test(text.slice(end, end + 3))) continue;
    out.push({ d, start, end });
  }
  return out;
}
