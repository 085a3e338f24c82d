import type { ResolvedMention } from "../types.js";
import type { TriggerMatch } from "./matcher.js";
import type { RoleContext } from "./role-context.js";

// "Also expected to visit Norland in May are President X and Chancellor Y", "Among those applying for
// membership is Estovia": a sentence that opens on its predicate puts the subject after a copula,
// at the sentence's end. The act's subject is the first name after that copula.

/** The sentence opens on the predicate: "Also", "Among …", or a participle or adjective before the trigger, and no name. */
const FRONTED = /^[\s"“]*(?:Also|Among|Joining|Expected|Due|Scheduled|Likely|Set|Applying|Attending)\b/u;
/** The copula after the predicate, then capitalised title words up to the subject's name. */
const COPULA = /(?:^|[\s,])(?:are|were|is|was)\s+(?:also\s+)?(?:the\s+)?((?:\p{Lu}[\p{L}.'’-]*\s+){0,4})$/u;

/** The index of the inverted subject of a trigger in a sentence opening on its predicate, or -1. */
export function invertedSubject(t: TriggerMatch, c: RoleContext): number {
  const { text, ms } = c;
  if (!FRONTED.test(text.slice(c.sentence.start, t.start))) return -1;
  if (ms.some((m) => m.start >= c.sentence.start && m.end <= t.start && m.kind !== "place")) return -1;
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i]!;
    if (m.start < t.end || m.kind === "place") continue;
    const between = text.slice(t.end, m.start);
    // The predicate's own words stand between the trigger and the copula: no clause break.
    if (/[;:"“”]/u.test(between) || between.length > 120) return -1;
    if (COPULA.test(between) && lastOfSentence(text, ms, i, c.sentence.end)) return i;
  }
  return -1;
}

/** Nothing but further names, commas, "and" and title words after the subject: it ends the sentence. */
function lastOfSentence(text: string, ms: ResolvedMention[], i: number, end: number): boolean {
  let at = ms[i]!.end;
  for (let j = i + 1; j < ms.length && ms[j]!.start < end; j++) {
    if (!/^[\s,]*(?:and\s+)?(?:(?:the|\p{Lu}[\p{L}.'’-]*)\s+)*$/u.test(text.slice(at, ms[j]!.start))) return false;
    at = ms[j]!.end;
  }
  return /^\s*(?:,\s*)?(?:on\s+\p{Lu}\p{Ll}+\s*)?[.!?]?["”]?\s*$/u.test(text.slice(at, end));
}
