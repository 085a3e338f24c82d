import type { ResolvedMention } from "../types.js";
import { OFFICE } from "./offices.js";

// "Opposition leader X of the Freedom Party demanded …", "Councillor X of the Greens voted …": the body
// after "of" says whose member the person is; the person heads the subject. Only a party or other body
// (a state after "of" is read elsewhere: "King X of Norland"), only a person an office
// introduces (without one, the body stays the actor who can act), right before the "of", and the verb
// right after the body's name.

const OF_GAP = /^,?\s+of\s+(?:the\s+)?$/u;
const VERB_NEXT = /^\s*(?:(?:has|have|had|also|then|later|on\s+\p{Lu}\p{Ll}+day)\s+)*$/u;

/** The person whose body ms[i] names in "person of body <verb>": that person's index, else -1. */
export function memberOfSubject(text: string, ms: readonly ResolvedMention[], i: number, verbAt: number): number {
  const m = ms[i]!, p = ms[i - 1];
  if (!p || p.kind !== "person" || (m.kind !== "organization" && m.kind !== "group")) return -1;
  if (!OF_GAP.test(text.slice(p.end, m.start)) || !VERB_NEXT.test(text.slice(m.end, verbAt))) return -1;
  return OFFICE.test(text.slice(Math.max(0, p.start - 40), p.start)) ? i - 1 : -1;
}
