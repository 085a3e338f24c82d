import { isUnnamedAgent, unnamedWords } from "./unnamed-agents.js";

// "Protesters marched through the capital", "students rallied outside parliament", "miners went
// on strike": these verbs tell a protest only when a crowd does them ("troops marched into the
// town", "the currency rallied", "the army struck" tell none). A crowd is an unnamed group of
// people acting as citizens or workers, not an armed body or a state organ.

const CROWD_HEAD = /\b(?:protesters|protestors|demonstrators|rioters|strikers|workers|unions|miners|students|farmers|activists|crowds?)$/iu;

/** Whether the act's source is an unnamed crowd (unnamed-agents.ts). */
export function isCrowd(source: string | null): boolean {
  return isUnnamedAgent(source) && CROWD_HEAD.test(unnamedWords(source));
}
