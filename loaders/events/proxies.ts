import type { ActorRow, ResolvedMention } from "../types.js";

// "The president's spokesman said …", "X's envoy expressed concern": an unnamed aide speaks for
// a state. The gold guide codes the person when the text names who acted, otherwise the state;
// here the text names only whom the aide serves, so the act is that person's state's.

const AIDE_AFTER =
  /^['’]s?\s+(?:(?:top|chief|senior|special|personal|foreign[- ]policy|national[- ]security|press)\s+)?(?:aide|aides|envoy|envoys|spokesman|spokeswoman|spokesperson|point\s+man|adviser|advisers|advisor|advisors|emissary|representative|negotiator|negotiators)\b/iu;

/** The state of the person whose unnamed aide the mention introduces, when that state is an actor; else null. */
export function aideState(text: string, m: ResolvedMention, at: number, actors: Map<string, ActorRow>, countryOfIso: Map<string, string>): string | null {
  if (m.kind !== "person" || m.end > at || !AIDE_AFTER.test(text.slice(m.end, m.end + 40))) return null;
  // "X's spokesman said he would meet …": the pronoun is X, who is then named as acting.
  if (/\b(?:he|she|him|her)\b/iu.test(text.slice(m.end, at))) return null;
  const iso = actors.get(m.actor)?.country;
  return iso ? (countryOfIso.get(iso) ?? null) : null;
}
