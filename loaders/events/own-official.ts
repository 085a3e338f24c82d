import type { ActorRow } from "../types.js";

// A person acting on a state that only a demonym names ("President Ana Vell freed three
// <demonym> prisoners", of her own state) acts within that state, not on it: the ids differ (a
// person, a country), so the source-is-target check misses it; the person's country or title tells it.

/** Whether `source` is a person whose country is the state `target`. */
export function ownOfficial(source: string | null, target: string, actors: Map<string, ActorRow>): boolean {
  const person = source ? actors.get(source) : undefined;
  const state = actors.get(target);
  if (person?.kind !== "person" || state?.kind !== "country") return false;
  // The country the actors stage gave the person, or the state the title names ("Prime Minister of X").
  return (!!person.country && person.country === state.country) || (!!person.role && person.role.endsWith(` of ${state.name}`));
}
