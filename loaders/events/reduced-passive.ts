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

/** Right after the participle: "by", at most an adverb before it, then the agent's phrase. */
const BY_RIGHT_AFTER = /^\s+(?:\p{Ll}+ly\s+)?by\s+(?:the\s+)?$/u;
/** Mentions the agent phrase may open on: a name, or a state's name or adjective before its organ. */
const AGENT_KINDS = new Set(["country", "organization", "group", "person"]);

/**
 * "X, criticised by Y for the raid, resigned", "a convoy attacked by Y": a past participle followed
 * straight by "by" and an actor is a passive with its auxiliary left out, whatever its type; the
 * actor after "by" is the agent. An active past verb is not followed by "by" and a name ("attacked
 * by night", "responded by closing" name none).
 */
export function byAgentPassive(t: TriggerMatch, text: string, ms: readonly { start: number; kind: string }[], end: number): boolean {
  if (t.entry.pos !== "verb" || !t.entry.past.includes(t.head) || t.end !== t.headEnd) return false;
  const next = ms.find((m) => m.start >= t.end);
  return !!next && next.start < end && AGENT_KINDS.has(next.kind) && BY_RIGHT_AFTER.test(text.slice(t.end, next.start));
}

/** A pattern's particle straight after its head: "charged with", where "charged him with" has the object between. */
const PARTICLE_ONLY = /^\s+(?:with|of|for|over)$/u;

/**
 * "X, in custody charged with murder", "X was later charged with fraud": a gapped verb pattern
 * ("charge ... with") whose object slot is empty is a past participle, a passive whose subject is
 * the one charged, with or without its auxiliary.
 */
export function emptyObjectPassive(t: TriggerMatch, text: string): boolean {
  if (t.entry.pos !== "verb" || !t.entry.past.includes(t.head) || !t.entry.frame.targets.includes("obj") || !t.entry.pattern.includes(" ... ")) return false;
  return PARTICLE_ONLY.test(text.slice(t.headEnd, t.end));
}
