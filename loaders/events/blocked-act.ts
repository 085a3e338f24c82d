import type { TriggerMatch } from "./matcher.js";
import { COOPERATIVE } from "./modality.js";

// "The court suspended the deployment of police to <state>", "blocked the transfer of arms": a
// cooperative act named as the object of a verb that stops it has not taken place, and the
// subject that stopped it is no party to it; nor is one who boycotts, shuns or skips the talks.

const STOPPED_BEFORE =
  /\b(?:suspend(?:s|ed|ing)?|block(?:s|ed|ing)?|halt(?:s|ed|ing)?|bar(?:s|red|ring)?|froze|freez(?:e|es|ing)|frozen|cancell?(?:ed|ing)?|cancels?|overturn(?:s|ed|ing)?|annul(?:s|led|ling)?|quash(?:es|ed|ing)?|stopp(?:ed|ing)|stops?|veto(?:es|ed|ing)?|prevent(?:s|ed|ing)?|boycott(?:s|ed|ing)?|shun(?:s|ned|ning)?|snub(?:s|bed|bing)?|skip(?:s|ped|ping)?)\s+(?:(?:the|a|an|its|their|his|her|any|all|planned|proposed|further)\s+){0,2}$/iu;

/** Whether a cooperative noun trigger is the object of a verb that stopped it. */
export function blockedAct(t: TriggerMatch, text: string, start: number): boolean {
  if (t.entry.pos !== "noun" || !COOPERATIVE.has(t.entry.type)) return false;
  return STOPPED_BEFORE.test(text.slice(Math.max(start, t.start - 40), t.start));
}
