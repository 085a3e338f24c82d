import type { TriggerMatch } from "./matcher.js";

// "Commandos stormed the residence and freed 71 hostages held by rebels": captives freed from
// someone else's hands are rescued, not released as a concession (PLOVER CONCEDE is the holder
// letting them go). The holder named after "held by" is not the one who freed them ("held by its
// navy" is the releaser's own hold, and stays a release).

/** The captives, then "held by" (or "taken by", "kidnapped by") someone, after the release verb. */
const HELD_BY_ANOTHER =
  /^\s+(?:[\p{L}\p{N},.'’-]+\s+){0,6}?(?:hostages?|captives?|prisoners?|detainees?|crew(?:men)?|sailors|fishermen|workers|tourists|passengers)\s+(?:who\s+had\s+been\s+|who\s+were\s+)?(?:held|taken|kidnapped|abducted|seized|captured)\s+(?:hostage\s+)?by\s+(?!(?:its|their|his|her|our)\b)/iu;

/** Whether a release trigger tells captives rescued from another holder. */
export function rescuedCaptives(t: TriggerMatch, text: string, end: number): boolean {
  if (t.entry.type !== "CONCEDE" || t.entry.pos !== "verb" || !/^(?:free|freed|frees|freeing|releas)/u.test(t.head)) return false;
  return HELD_BY_ANOTHER.test(text.slice(t.headEnd, Math.min(end, t.headEnd + 140)));
}
