import type { Draft } from "./merge.js";

/**
 * Material acts, where each verb does something apart. Coordinated contacts tell one encounter
 * ("visited the capital and held talks") and coordinated words one stance ("condemned X and
 * accused it of …"): those stay one act.
 */
const MATERIAL = new Set(["ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "RETREAT", "CONCEDE", "AID"]);

/** Words that open a new clause or a contrast rather than a second act of the same doer. */
const BREAK = /[;:()"“”]|\b(?:but|while|whereas|although|though|after|before|when|which|who|that|as|because|if)\b/i;

const head = (trigger: string) => trigger.trim().split(/\s+/)[0]!.toLowerCase();

/**
 * "recalled its ambassador and expelled two diplomats", "shelled one town and bombed another":
 * two trigger verbs joined by "and", the first with its own object before the "and", are two
 * acts (the guide codes one event per distinct action). "attacked and seized the town",
 * "met and held talks", where the first verb shares the second's object, stay one act.
 * Only for drafts of one source and one target.
 */
export function distinctActs(text: string, a: Draft, b: Draft): boolean {
  if (a.nominal || b.nominal || !MATERIAL.has(a.row.type)) return false;
  if (head(a.row.trigger) === head(b.row.trigger)) return false;
  // Only acts whose both sides are named apart: a side missing from one ("condemned the strike
  // and accused X") is more often the same act told twice, its side filled by the merge.
  if (!a.row.source || !a.row.target || a.row.source !== b.row.source || a.row.target !== b.row.target) return false;
  // A row spans its sentence: the triggers are found inside it.
  const at = (d: Draft) => text.slice(d.row.start, d.row.end).indexOf(d.row.trigger);
  const ia = at(a), ib = at(b);
  if (ia < 0 || ib < 0) return false;
  const [first, second] = ia < ib ? [a, b] : [b, a];
  const firstEnd = Math.min(ia, ib) + first.row.trigger.length;
  if (firstEnd > Math.max(ia, ib)) return false;
  const between = text.slice(first.row.start + firstEnd, second.row.start + Math.max(ia, ib));
  const and = /^(.*?[^\s,])\s*,?\s+and\s+$/s.exec(between);
  if (!and || between.length > 90 || BREAK.test(between)) return false;
  // The first verb's own object (a word or more) stands before the "and".
  return /[A-Za-z]/.test(and[1]!);
}
