import type { Sentence } from "../types.js";
import { conditionFollows, isHypothetical } from "./gate.js";
import type { TriggerMatch } from "./matcher.js";

// "X said it would strike Y unless Y opened its sites": a harmful act a side says it would do
// under a condition is no act that happened, but it is a threat (PLOVER THREATEN, the gold
// guide: "threats and warnings of force"). Only the side's own announced act: a report verb
// before the modal, the modal right before the act, the condition after it.

/** Acts whose announcement under a condition is a threat. */
const HARMFUL = new Set(["ASSAULT", "SANCTION", "COERCE"]);
/**
 * A report verb (and a time after it), then the clause's subject, a pronoun or a name, and
 * "would"/"will" right before the trigger ("said it would strike", "said on Monday that Norland would retaliate").
 */
const ANNOUNCED = /\b(?:said|says|say|warned|warns|declared|announced|stated|told\s+\p{Ll}+)(?:\s+(?:on|late|early|last|this)?\s*\p{Lu}\p{Ll}+day)?\s+(?:that\s+)?(?:it|they|he|she|we|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})\s+(?:would|will)\s+(?:\p{Ll}+ly\s+)?$/u;
/** "unless" or "if" opening the condition after the act's own words. */
const CONDITION_AFTER = /^[^;:]{0,120}?\b(?:unless|if)\s/iu;

/**
 * The trigger read as a threat, when it is hypothetical only because a condition follows its
 * announced act; null when the act is dropped as before (or is no such announcement).
 */
export function conditionalThreat(text: string, s: Sentence, clauseStart: number, t: TriggerMatch): TriggerMatch | null {
  if (!HARMFUL.has(t.entry.type) || !conditionFollows(text, s, clauseStart, t.start)) return null;
  if (!ANNOUNCED.test(text.slice(Math.max(s.start, t.start - 80), t.start)) || !CONDITION_AFTER.test(text.slice(t.end, s.end))) return null;
  // A question, or a condition before the act ("if talks fail, it would strike"), stays hypothetical.
  if (isHypothetical(text, s, t.start, t.start)) return null;
  return { ...t, entry: { ...t.entry, type: "THREATEN", mode: "threat (conditional)" } };
}
