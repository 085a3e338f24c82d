import { subjectGapOk } from "./gate.js";
import type { ResolvedMention } from "../types.js";

// A personal pronoun as a verb's subject, resolved to a person named before it.

/** "since he began fighting X", "he's due to meet X": a pronoun in the verb's own subject slot, after the clause's names. */
const PRONOUN_SUBJECT = /(?:^|[^\p{L}])(?:he|she)(?:['’](?:s|d|ll))?\s+((?:[\p{L}'’-]+\s+){0,3})$/iu;

/**
 * A verb whose subject is "he"/"she" standing closer to it than any name: the nearest person
 * named before the pronoun in the sentence, else the last person named before the sentence.
 */
export function pronounSubject(text: string, ms: ResolvedMention[], clause: number, sentence: number, verbAt: number): number | null {
  const before = text.slice(clause, verbAt);
  if (!/\b[Ss]?[Hh]e(?:['’](?:s|d|ll))?\s/u.test(before)) return null;
  const p = PRONOUN_SUBJECT.exec(before);
  if (!p || !subjectGapOk(p[1]!) || /\bwhom\s+(?:he|she)\b/iu.test(before)) return null;
  const at = clause + p.index + p[0].length - p[1]!.length;
  if (ms.some((m) => m.start >= at - 4 && m.end <= verbAt)) return null;
  for (let i = ms.length - 1; i >= 0; i--) if (ms[i]!.end <= at && ms[i]!.start >= sentence && ms[i]!.kind === "person") return i;
  return null;
}
