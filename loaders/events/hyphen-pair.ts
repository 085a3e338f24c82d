import type { ResolvedMention } from "../types.js";
import type { TriggerMatch } from "./matcher.js";

// "the Norland-Estovia talks", "Norland–Estovia border negotiations": two names joined by a hyphen
// or a dash before a two-party noun are its parties, the first the source.

/** What may stand between the pair and the noun: a modifier or two ("peace", "border", "fresh"). */
const MODIFIERS = /^\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}$/u;

/** The indexes of the two parties, or null. */
export function hyphenPair(text: string, ms: ResolvedMention[], t: TriggerMatch, from: number): [number, number] | null {
  if (t.entry.pos !== "noun" || !t.entry.frame.mutual) return null;
  for (let j = ms.length - 1; j > 0; j--) {
    const b = ms[j]!;
    if (b.end > t.start) continue;
    const a = ms[j - 1]!;
    if (a.start < from || !MODIFIERS.test(text.slice(b.end, t.start)) || a.kind === "place" || b.kind === "place" || a.actor === b.actor) return null;
    return /^[-–—]$/u.test(text.slice(a.end, b.start)) ? [j - 1, j] : null;
  }
  return null;
}
