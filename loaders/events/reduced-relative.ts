import type { TriggerMatch } from "./matcher.js";

// "a drone shot down over <place> was hit by a missile", "the ship seized last week has been
// released": a past participle right after a common noun, whose clause then goes on with its own
// finite verb, is a reduced passive relative. The noun is what was acted on; the doer is not told
// there, so no one before the noun acted.

/** A short adjunct of place or time, then the main clause's auxiliary. */
const MAIN_VERB_AFTER =
  /^(?:\s+(?:over|in|near|off|on|at|outside|inside|during|last|earlier|this)\s+(?:[\p{L}\p{N}'’.-]+\s+){0,3}?[\p{L}\p{N}'’.-]+)?,?\s+(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\b/u;
const NOUN_BEFORE = /\b(\p{Ll}[\p{Ll}-]+)\s+$/u;
/** Subjects of an active verb and auxiliaries: what follows them is no participle. */
const NOT_PATIENT = new Set([
  "police", "authorities", "officials", "government", "army", "troops", "forces", "soldiers", "rebels", "militants", "fighters", "regime", "navy",
  "has", "have", "had", "was", "were", "is", "are", "be", "been", "also", "then", "later", "and", "or", "who", "which", "that",
]);

/** Whether a verb trigger is a passive participle modifying the noun before it, its clause's main verb following. */
export function reducedRelative(t: TriggerMatch, text: string, end: number): boolean {
  if (t.entry.pos !== "verb" || !t.entry.past.includes(t.head)) return false;
  if (!MAIN_VERB_AFTER.test(text.slice(t.end, Math.min(end, t.end + 60)))) return false;
  const before = NOUN_BEFORE.exec(text.slice(Math.max(0, t.start - 30), t.start));
  return !!before && !NOT_PATIENT.has(before[1]!) && !/ly$/u.test(before[1]!);
}
