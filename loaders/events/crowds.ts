import type { TriggerMatch } from "./matcher.js";
import { CROWDS, isUnnamedAgent, unnamedWords } from "./unnamed-agents.js";

// "Protesters marched through the capital", "students rallied outside parliament", "miners went
// on strike": these verbs tell a protest only when a crowd does them ("troops marched into the
// town", "the currency rallied", "the army struck" tell none). A crowd is an unnamed group of
// people acting as citizens or workers, not an armed body or a state organ.

const CROWD_HEAD = new RegExp(`\\b(?:${CROWDS}|crowds?|people)$`, "iu");

/** Whether the act's source is an unnamed crowd (unnamed-agents.ts). */
export function isCrowd(source: string | null): boolean {
  return isUnnamedAgent(source) && CROWD_HEAD.test(unnamedWords(source));
}

/**
 * "Gathered" is a protest only with its purpose told ("gathered to protest", "gathered outside the
 * embassy chanting …"): crowds gather to mourn, to watch, to welcome as often.
 */
const PROTEST_PURPOSE = /\b(?:to\s+(?:protest|demand|denounce|condemn|express|voice|call\s+for|oppose|demonstrate)|against|chanting|shouting|waving|demanding|denouncing|in\s+protest)\b/iu;

/** Whether a crowd-only trigger (a march, a rally, a strike) is a crowd's protest here. */
export function crowdProtest(t: TriggerMatch, text: string, end: number, source: string | null): boolean {
  if (!isCrowd(source)) return false;
  return t.head !== "gathered" || PROTEST_PURPOSE.test(text.slice(t.end, Math.min(end, t.end + 120)));
}
