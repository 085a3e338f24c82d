import type { ActorRow, ResolvedMention } from "../types.js";

// "Protesters in Yerevan marched on parliament": crowd-place.ts takes the city in the crowd's
// phrase as the protest's subject; the act is the city's state's, as the gold codes unnamed
// crowds by their country. A place with no known state, or whose state is no actor, gives none.

/** The state of a place mention taken as a protest's subject, or null when it is no place. */
export function cityCrowdState(m: ResolvedMention, actors: Map<string, ActorRow>, countryOfIso: Map<string, string>): string | null {
  if (m.kind !== "place") return null;
  const iso = actors.get(m.actor)?.country;
  return iso ? (countryOfIso.get(iso) ?? null) : null;
}
