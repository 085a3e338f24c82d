import type { TriggerMatch } from "./matcher.js";

// "Talks between X and Y will resume next week", "the X-Y talks are to open on Monday": a contact
// noun whose own predicate is still to come tells a planned contact, as "planned talks" does
// (the guide codes every future meeting AGREE, "planned"). Only the noun's own predicate: past a
// comma another clause begins ("after talks with Y, X will fly home").

/** The noun's phrase (a few words, no clause break), then a future auxiliary and a verb of taking place. */
const FUTURE_AFTER =
  /^(?:\s+(?:between|with|on|in|at|of|over|among)\b[^,;:.()"“”]{0,60}?)?\s+(?:will|shall|(?:is|are|was|were)\s+to)\s+(?:(?:now|also|probably|likely|then|soon)\s+)?(?:be\s+(?:held|resumed|reopened|opened|convened)|open|resume|begin|start|take\s+place|go\s+ahead|continue|reconvene|get\s+under\s+way)\b/u;

/** Whether a noun trigger heads a clause whose predicate is future. */
export function futurePredicate(t: TriggerMatch, after: string): boolean {
  return t.entry.pos === "noun" && (after.includes("will") || after.includes("shall") || after.includes(" to ")) && FUTURE_AFTER.test(after.slice(0, 120));
}
