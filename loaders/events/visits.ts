import type { ActorRow } from "../types.js";

/**
 * A visit by an actor of one state to a place of none (a region spanning states) or of
 * another: a contact abroad whose host the text leaves unnamed. A place the source's own
 * state holds is a trip at home.
 */
export function visitAbroad(source: string | null, place: string | null, actors: Map<string, ActorRow>): boolean {
  const p = place ? actors.get(place) : undefined;
  const own = source ? actors.get(source)?.country : undefined;
  if (!p || p.kind !== "place" || !own) return false;
  return p.country !== own;
}
