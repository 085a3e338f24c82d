import type { ActorRow, ResolvedMention } from "../types.js";
import { OFFICE } from "./offices.js";
import { SUPPORT_VERB } from "./verb-classes.js";

// "Opposition leader X of the Freedom Party demanded …", "Councillor X of the Greens voted …": the body
// after "of" says whose member the person is; the person heads the subject. So does a state for its
// office holder ("King X of Norland arrived", "Queen X of Norland will pay a visit"): the guide codes
// the person when the text names who acted. Only a person an office introduces (without one, the
// body stays the actor who can act), right before the "of", and the verb right after the body's
// name, a modal or "is to" allowed between.

const OF_GAP = /^,?\s+of\s+(?:[Tt]he\s+)?$/u;
const VERB_NEXT = /^\s*(?:(?:has|have|had|also|then|later|on\s+\p{Lu}\p{Ll}+day)\s+)*$/u;
/** A state's office holder may be followed by a modal or "is to" before the verb: "will visit", "is to meet". */
const MODAL_PREFIX = /^\s*(?:(?:will|would|is\s+to|was\s+to|is\s+due\s+to|also|then|later)\s+)*/u;

/** Between a state and the trigger: modals, and a support verb with the noun's modifiers ("will pay a state visit"). */
function verbAfterState(next: string): boolean {
  const rest = next.replace(MODAL_PREFIX, "");
  return rest === "" || SUPPORT_VERB.exec(rest)?.index === 0;
}

/** The person whose body ms[i] names in "person of body <verb>": that person's index, else -1. */
export function memberOfSubject(text: string, ms: readonly ResolvedMention[], i: number, verbAt: number, actors?: Map<string, ActorRow>): number {
  const m = ms[i]!, p = ms[i - 1];
  if (!p || p.kind !== "person" || (m.kind !== "organization" && m.kind !== "group" && m.kind !== "country")) return -1;
  const next = text.slice(m.end, verbAt);
  if (!OF_GAP.test(text.slice(p.end, m.start)) || !(VERB_NEXT.test(next) || (m.kind === "country" && verbAfterState(next)))) return -1;
  // A person resolved to someone of another state than the one named is a misread name: the state stays.
  if (m.kind === "country" && actors && !sameState(actors.get(p.actor), actors.get(m.actor))) return -1;
  return OFFICE.test(text.slice(Math.max(0, p.start - 40), p.start)) ? i - 1 : -1;
}

/** Whether a person's state is the state named (or not known). */
function sameState(person: ActorRow | undefined, state: ActorRow | undefined): boolean {
  return !person?.country || !state?.country || person.country === state.country;
}
