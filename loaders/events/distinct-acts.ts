import type { EventRow } from "../types.js";

/** What of a merge draft is read here (merge.ts asks this file, so its type is not imported back). */
interface Draft {
  row: Pick<EventRow, "type" | "negated" | "source" | "target" | "trigger" | "start" | "end">;
  nominal: boolean;
}

/**
 * Measured steps, where each verb does something apart (recalling an envoy, expelling diplomats;
 * sending aid, lending money). Coordinated contacts tell one encounter ("visited the capital and
 * held talks"), coordinated words one stance ("condemned X and accused it of …"), and an attack
 * or a raid with its outcome one operation ("attacked the village and killed five", "raided the
 * office and seized papers"): those stay one act.
 */
const MATERIAL = new Set(["SANCTION", "MOBILIZE", "RETREAT", "CONCEDE", "AID"]);

/** Words that open a new clause or a contrast rather than a second act of the same doer. */
const BREAK = /[;:()"“”]|\b(?:but|while|whereas|although|though|after|before|when|which|who|that|as|because|if)\b/i;

const head = (trigger: string) => trigger.trim().split(/\s+/)[0]!.toLowerCase();

/**
 * "recalled its ambassador and expelled two diplomats", "sent tanks and lent money":
 * two trigger verbs joined by "and", the first with its own object before the "and", are two
 * acts (the guide codes one event per distinct action). "attacked and seized the town",
 * "met and held talks", where the first verb shares the second's object, stay one act.
 * Only for drafts of one source whose targets do not differ.
 */
export function distinctActs(text: string, a: Draft, b: Draft): boolean {
  if (a.row.type !== b.row.type || a.row.negated !== b.row.negated) return false;
  if (a.nominal || b.nominal || !MATERIAL.has(a.row.type)) return false;
  if (head(a.row.trigger) === head(b.row.trigger)) return false;
  // One named doer; the targets the same, or one side untold ("recalled its ambassador and
  // expelled two <demonym> diplomats"), which shareTarget then fills.
  if (!a.row.source || a.row.source !== b.row.source) return false;
  if (a.row.target && b.row.target && a.row.target !== b.row.target) return false;
  // A row spans its sentence: the triggers are found inside it.
  const at = (d: Draft) => text.slice(d.row.start, d.row.end).indexOf(d.row.trigger);
  const ia = at(a), ib = at(b);
  if (ia < 0 || ib < 0) return false;
  const [first, second] = ia < ib ? [a, b] : [b, a];
  const firstEnd = Math.min(ia, ib) + first.row.trigger.length;
  if (firstEnd > Math.max(ia, ib)) return false;
  const between = text.slice(first.row.start + firstEnd, second.row.start + Math.max(ia, ib));
  const and = /^(.*?)\s*,?\s+and\s+$/s.exec(between);
  if (!and || between.length > 90 || BREAK.test(between)) return false;
  // The first verb's own object stands before the "and", or inside its trigger ("recalled its ambassador").
  return /[A-Za-z]/.test(and[1]!) || /\s/.test(first.row.trigger.trim());
}

/** Two acts of one doer told together are on the same counterpart when only one of them names it. */
export function shareTarget(a: Draft, b: Draft): void {
  if (!a.row.target && b.row.target !== a.row.source) a.row.target = b.row.target;
  if (!b.row.target && a.row.target !== b.row.source) b.row.target = a.row.target;
}
