import type { ResolvedMention } from "../types.js";

// "X and his Estovian counterpart Y": the demonym the counterpart noun carries is a mention of
// its own, standing between the two parties of a pair; it is no party itself.

/** "and his" + a demonym + "counterpart" between `ms[i]` and the next-but-one mention, a person. */
const AND_POSSESSIVE = /^\s+and\s+(?:his|her|its|their)\s+$/u;
const COUNTERPART_NOUN = /^\s+(?:counterparts?|opposite\s+numbers?),?\s+$/u;

/** Whether `ms[i + 1]` is the demonym of "and his <demonym> counterpart <person>" after `ms[i]`. */
export function counterpartDemonym(text: string, ms: ResolvedMention[], i: number): boolean {
  const d = ms[i + 1], p = ms[i + 2];
  return !!d && !!p && d.kind === "country" && p.kind === "person" && AND_POSSESSIVE.test(text.slice(ms[i]!.end, d.start)) && COUNTERPART_NOUN.test(text.slice(d.end, p.start));
}
