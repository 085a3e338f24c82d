import type { TriggerMatch } from "./matcher.js";
import { lexiconTags } from "../text/compromise.js";

// "warned X against further moves and moved warships into the Gulf": a past verb coordinated
// after "and" is told as done. Plan words before the "and" ("further", "would", "plans") belong
// to the first conjunct, and a modal cannot govern a past form ("will meet X and sign" keeps its
// plan: "sign" is no past form).

/** "and" (and an adverb) right before the trigger. */
const AND_BEFORE = /\sand\s+(?:\p{Ll}+ly\s+|then\s+|also\s+|later\s+)?$/u;

/** Whether a verb trigger is a past form coordinated after "and": `before` is its clause up to it. */
export function pastConjunct(t: TriggerMatch, before: string): boolean {
  if (t.entry.pos !== "verb" || !AND_BEFORE.test(before)) return false;
  const head = t.head.split(/\s+/u)[0]!;
  return head.endsWith("ed") || lexiconTags(head).includes("PastTense");
}
