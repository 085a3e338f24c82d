import type { ResolvedMention } from "../types.js";
import type { TriggerMatch } from "./matcher.js";
import { isSubjectLike } from "./mentions.js";

// "X tours the flooded north, urges Z to reopen the border": a headline's or digest's present-tense predicates
// joined by a comma alone share the subject of the first. Only a present-tense verb right after
// the comma, and only when a name before it is followed straight by a present-tense verb too.

/** "calls", "urges", "opens": a third-person present form (not "discuss", "press"). */
const PRESENT = /^\p{Ll}+[^s]s$/u;
/** A name's own predicate: a present-tense verb right after it. */
const OWN_PRESENT = /^\s+(?:also\s+)?\p{Ll}+[^s\s]s\s/u;

/** The subject a comma-joined present-tense predicate shares, or -1. */
export function commaPredicateSubject(text: string, ms: ResolvedMention[], t: TriggerMatch, sentenceStart: number): number {
  if (t.entry.pos !== "verb" || !PRESENT.test(t.head)) return -1;
  const before = text.slice(Math.max(sentenceStart, t.start - 160), t.start);
  if (!/[^\s,],\s+$/u.test(before)) return -1;
  const commaAt = t.start - before.length + before.lastIndexOf(",");
  for (let i = 0; i < ms.length; i++) {
    const x = ms[i]!;
    if (x.start < sentenceStart) continue;
    if (x.end > commaAt) break;
    if (isSubjectLike(text, x, sentenceStart) && OWN_PRESENT.test(text.slice(x.end, commaAt))) return i;
  }
  return -1;
}
