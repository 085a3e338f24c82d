import { OPPOSING_VERB } from "./verb-classes.js";
import type { TriggerMatch } from "./matcher.js";
import { COOPERATIVE } from "./modality.js";

// Nouns of acts the words around them say did not take place, or took place long before:
// help someone stops from arriving, and a past act named only as the occasion of an anniversary.

/** The stems OPPOSING_VERB's verbs open on, under its flags: the costly end-anchored pattern runs only where one stands. */
const OPPOSING_STEM = /br(?:eak|oke)|dispers|ban|outlaw|forb|crush|suppress|quell|prevent|block|thwart|foil|repel/iu;

/**
 * "was blocking aid trucks", "prevented talks": a cooperative act whose noun is the object of a
 * verb of stopping is held back, not done (a protest broken up did take place: not cooperative).
 */
export function blockedCooperation(t: TriggerMatch, before: string): boolean {
  if (!COOPERATIVE.has(t.entry.type)) return false;
  const tail = before.slice(-60);
  const m = OPPOSING_STEM.test(tail) ? OPPOSING_VERB.exec(tail) : null;
  // ("aid trucks" may read as a verb: past a conjunction it would be a verb of its own.)
  return !!m && !/\s(?:and|or|but|then|who|which|that)\s/u.test(m[0]);
}

/**
 * "on the anniversary of the 1990 rally", "marking 30 years since the uprising": an act named as
 * what a date commemorates is history recalled, not an act the article tells.
 */
const COMMEMORATED =
  /\b(?:(?:anniversary|anniversaries|commemorations?|memorial|remembrance)\s+of|(?:years?|decades?)\s+since)\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\p{L}\p{N}'’.-]+\s+){0,4}$/iu;

export function commemoratedAct(t: TriggerMatch, before: string): boolean {
  return t.entry.pos === "noun" && (before.includes("nniversar") || before.includes("emor") || before.includes(" since ")) && COMMEMORATED.test(before.slice(-80));
}

/**
 * "cancelled a trip to X, where she was due to meet Y", "called off its visit to meet Y": an act
 * planned inside or for a trip, meeting or plan that was called off will not take place.
 */
const CALLED_OFF_HOST =
  /\b(?:cancell?(?:ed|ing)|cancels?|call(?:ed|s|ing)?\s+off|postpone[sd]?|postponing|scrap(?:ped|s|ping)?|abandon(?:ed|s|ing)?|shelved)\s+(?:[\p{L}\p{N}'’.-]+\s+){0,3}?(?:trips?|visits?|tours?|journey|plans?|meetings?|summit|talks|travel|conference|ceremony)(?:\s+[\p{L}\p{N}'’.-]+){0,4}?(?:,?\s+(?:where|when|(?:during|at|in|on)\s+which)\s+[^,;:.]*|\s+to\s+(?:\p{Ll}+ly\s+)?)$/u;

export function calledOffPlan(t: TriggerMatch, before: string): boolean {
  return (before.includes("cancel") || before.includes("call") || before.includes("postpon") || before.includes("scrap") || before.includes("abandon") || before.includes("shelved")) && CALLED_OFF_HOST.test(before.slice(-160));
}
