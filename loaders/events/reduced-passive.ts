import type { TriggerMatch } from "./matcher.js";

// "<State> dentist investigated for fraud", "a teacher arrested over a protest": an accusing or
// coercive past form right after a common noun and followed by the charge ("for", "over", "on
// suspicion of") with no object is a passive with "was" left out, as headlines and reduced
// relatives have it. A body that investigates or jails ("police investigated for months") is
// named as the subject of an active verb and keeps it.

const CHARGE_AFTER = /^\s+(?:for\s+(?!(?:years|months|weeks|days|hours|decades|some\s+time|a\s+(?:long\s+)?time)\b)|over\s+|on\s+(?:suspicion|charges?)\b|in\s+connection\s+with\b)/iu;
const PATIENT_BEFORE = /\b(\p{Ll}[\p{Ll}-]+)\s+$/u;
/** Nouns for those who investigate, arrest or jail, and auxiliaries: an active verb follows them. */
const AGENT_OR_AUX = new Set([
  "police", "policemen", "authorities", "officials", "prosecutors", "investigators", "government", "ministry", "court", "courts", "judge", "judges",
  "army", "troops", "forces", "soldiers", "agents", "officers", "regime", "junta", "has", "have", "had", "was", "were", "is", "are", "be", "been", "also", "then", "later",
]);
const TYPES = new Set(["ACCUSE", "COERCE"]);

/** Whether the trigger is a passive past form with its auxiliary left out. */
export function reducedPassive(t: TriggerMatch, text: string, end: number): boolean {
  if (t.entry.pos !== "verb" || !TYPES.has(t.entry.type) || !t.entry.past.includes(t.head)) return false;
  if (!CHARGE_AFTER.test(text.slice(t.end, Math.min(end, t.end + 40)))) return false;
  const before = PATIENT_BEFORE.exec(text.slice(Math.max(0, t.start - 30), t.start));
  return !!before && !AGENT_OR_AUX.has(before[1]!) && !/ly$/u.test(before[1]!);
}
