import type { TriggerMatch } from "./matcher.js";
import { wordCount } from "./mentions.js";
import { PASSIVE } from "./clauses.js";

// "killed 100 rebels in clashes in the north": a nominal of the verb's own type in an active verb's
// circumstance, naming no parties of its own, is the same fighting told again; the verb's object
// is no agent of it. One that names its own parties ("in clashes between X and Y", "in fighting
// with X") tells them, and is read on its own (circumstance-nominal).

/** The verb's object (a word at least: "rebels killed in clashes" is a passive) and a preposition of circumstance, no clause break: "100 rebels in ". */
const CIRCUMSTANCE_GAP = /^\s+[^,;:.\s][^,;:.]*\s(?:in|during|amid|amidst)\s+(?:(?:the|a|an|fresh|new|heavy|fierce|renewed|recent)\s+)?$/iu;
/** Parties the nominal names itself, right after it. */
const OWN_PARTIES = /^\s+(?:(?:that|which)\s+\w+\s+)?(?:between|with|by|against|involving|on)\s/iu;

/** Whether the nominal `t` retells the verb trigger `g`'s act in its circumstance. */
export function retoldInCircumstance(text: string, g: TriggerMatch, t: TriggerMatch, end: number): boolean {
  // (The nominal may be a verb-only form, "clashes": after the preposition it is a noun all the same.)
  if (g.entry.pos !== "verb" || g.entry.type !== t.entry.type || g.end > t.start) return false;
  // "25 rebels were killed in clashes": a passive with no agent leaves the act to the nominal.
  if (PASSIVE.test(text.slice(Math.max(0, g.start - 30), g.start))) return false;
  if (wordCount(text, g.end, t.start) > 7 || !CIRCUMSTANCE_GAP.test(text.slice(g.end, t.start))) return false;
  return !OWN_PARTIES.test(text.slice(t.headEnd, Math.min(end, t.headEnd + 40)));
}
