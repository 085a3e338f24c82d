import type { TriggerMatch } from "./matcher.js";

// "X warned that it would intervene if …", "X warned Y it would face serious consequences",
// "X warned civilians to leave the town or be killed": a warning whose content is the warner's
// own force, a penalty for the one warned, or an ultimatum is a threat (PLOVER THREATEN, the gold
// guide's "threats and warnings of force"), not the criticism or concern a bare warning is
// ("warned of risks", "warned that prices could rise"). Read from the words after the verb, up
// to the end of its sentence or a semicolon.

/** The warner announcing its own forceful act: a pronoun (a name there is another side's act foretold), a modal, a verb of force. */
const OWN_FORCE =
  /^(?:[^;]{0,60}?\s)?(?:that\s+)?(?:it|they|we|he|she)\s+(?:would|will|was\s+ready\s+to|were\s+ready\s+to|is\s+ready\s+to|are\s+ready\s+to|was\s+prepared\s+to|would\s+be\s+prepared\s+to)\s+(?:\p{Ll}+ly\s+)?(?:intervene|retaliate|strike|attack|invade|hit\s+back|use\s+force|use\s+military\s+force|take\s+military\s+action|respond\s+militarily|act\s+militarily)\b/u;

/** A penalty for the one warned: "would face serious consequences", "would pay a heavy price". */
const PENALTY =
  /^[^;]{0,80}?\b(?:would|will|could|must)\s+(?:face|pay|suffer|bear)\s+(?:the\s+|a\s+)?(?:\p{Ll}+\s+){0,2}?(?:consequences|price|retaliation|reprisals?|punishment|military\s+action|sanctions)\b/u;

/** An ultimatum: "to leave … or be killed", "to withdraw … or face attack". */
const ULTIMATUM = /^[^;]{0,40}?\bto\s+[^;]{1,80}?\bor\s+(?:be\s+(?:killed|attacked|bombed|shot|destroyed|crushed|wiped\s+out)|face\s+(?:attack|an?\s+attack|military|force|war|annihilation|destruction))\b/u;

/** Whether a warning verb's words after it make it a threat. */
export function forcefulWarning(t: TriggerMatch, text: string, end: number): boolean {
  if (t.entry.type !== "ACCUSE" || t.entry.pos !== "verb" || !t.head.startsWith("warn")) return false;
  const after = text.slice(t.headEnd, Math.min(end, t.headEnd + 200));
  return OWN_FORCE.test(after) || PENALTY.test(after) || ULTIMATUM.test(after);
}
