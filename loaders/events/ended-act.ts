import type { TriggerMatch } from "./matcher.js";

// "X and Y initialled an accord meant to end months of raids", "urged both sides to halt the
// shelling": a conflictual act named as what someone ends, halts or stops is not that someone's
// act; the one who ends the fighting is no fighter of it. The act's own agent may still be named
// on the noun ("to end Norland's raids"), which is read before the clause subject.

const CONFLICT = new Set(["ASSAULT", "PROTEST", "COERCE", "SANCTION"]);

/** A verb of ending and at most four words of the object's phrase (a measure's "of" included) before the noun. */
const ENDING_BEFORE =
  /\b(?:end(?:s|ed|ing)?|halt(?:s|ed|ing)?|stop(?:s|ped|ping)?|cease[sd]?|ceasing|an\s+end\s+to)\s+(?:(?!(?:to|for|in|on|at|with|by|from|against|and|but)\s)[\p{L}\p{N}'’-]+\s+){0,4}$/iu;

/** Whether the noun trigger is the object of a verb of ending: `lead` is the clause up to it. */
export function endedAct(t: TriggerMatch, lead: string): boolean {
  return t.entry.pos === "noun" && CONFLICT.has(t.entry.type) && ENDING_BEFORE.test(lead);
}
