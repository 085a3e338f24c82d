import type { ResolvedMention } from "../types.js";

// "X, who visited Y last spring, is due to meet Z": a name inside a relative clause set off
// by commas is that clause's object, not the subject of the main clause's infinitive after it.

/** The last ", who" / ", which" opening before a position, within one clause's reach. */
const RELATIVE_OPENINGS = /,\s*(?=(?:who|which)\b)/giu;

/** After the relative's closing comma, only the main clause's lower-case verb words: "was due to", "wants to". */
const MAIN_PREDICATE = /^\s*(?:\p{Ll}+\s+){1,4}$/u;

/**
 * When mention `m` sits inside a relative clause that closes (on a comma) before `verbAt`, the
 * verb then being the main clause's ("who visited Y last spring, is due to meet"): the index of the
 * relative's antecedent, the name right before its comma; -1 when none is named there; null when
 * `m` is in no such clause.
 */
export function relativeAntecedentOf(text: string, ms: ResolvedMention[], from: number, m: ResolvedMention, verbAt: number): number | null {
  const open = relativeOpening(text, from, m, verbAt);
  if (open < 0) return null;
  const comma = text.lastIndexOf(",", open);
  for (let i = ms.length - 1; i >= 0; i--) if (ms[i]!.end <= comma) return /^\s*$/u.test(text.slice(ms[i]!.end, comma)) && ms[i]!.kind !== "place" ? i : -1;
  return -1;
}

function relativeOpening(text: string, from: number, m: ResolvedMention, verbAt: number): number {
  const start = Math.max(from, m.start - 160);
  const window = text.slice(start, m.start);
  let open = -1;
  for (const r of window.matchAll(RELATIVE_OPENINGS)) open = start + r.index + r[0].length;
  if (open < 0 || text.slice(open, m.start).includes(",")) return -1;
  const close = text.indexOf(",", m.end);
  return close >= 0 && close < verbAt && MAIN_PREDICATE.test(text.slice(close + 1, verbAt)) ? open : -1;
}
