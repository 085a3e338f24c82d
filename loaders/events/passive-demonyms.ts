import { demonymIso, isPrivatePersonNoun } from "./demonyms.js";
import type { TriggerMatch } from "./matcher.js";
import { OFFICE } from "./offices.js";

// "A Ukrainian drone was shot down by …", "two Armenian positions were shelled": the patient of a
// passive act is named only by the demonym before its noun, which no mention covers.
// object-demonyms.ts reads the same slot after an active verb; this is its passive.

/** Acts whose patient is who is acted on. */
const ACTED_ON = new Set(["ASSAULT", "COERCE", "SANCTION"]);

/** The passive's subject from the clause's start: a determiner or number, modifiers, the demonym, its noun, the auxiliary. */
const SUBJECT =
  /^\s*(?:(?:the|a|an|two|three|four|five|six|several|many|some|\d+)\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,2}?(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\s+(\p{Ll}[\p{L}-]*)(?:\s+\p{Ll}[\p{L}-]*)?\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\p{Ll}+ly\s+)?$/iu;

/** The state the demonym opening a passive's subject names, when it is an actor; else null. */
export function passivePatientDemonym(text: string, t: TriggerMatch, clauseStart: number, countryOfIso: Map<string, string>): string | null {
  if (!ACTED_ON.has(t.entry.type) || t.start - clauseStart > 120) return null;
  const m = SUBJECT.exec(text.slice(clauseStart, t.start));
  // Private persons and office holders, whom the gold codes by name or not at all.
  if (!m || !/^\p{Lu}/u.test(m[1]!) || isPrivatePersonNoun(m[2]!) || OFFICE.test(m[2]!)) return null;
  const iso = demonymIso(m[1]!) ?? demonymIso(m[1]!.split(/\s+/u)[0]!);
  return iso ? (countryOfIso.get(iso) ?? null) : null;
}
