import type { ResolvedMention } from "../types.js";
import { OFFICE } from "./offices.js";
import type { Span } from "./clauses.js";

// "…, the minister, whom she met on Friday": in an object relative the antecedent is what
// the verb acts on, and the pronoun subject is someone named earlier in the sentence.

const OBJECT_RELATIVE = /^\s*whom\s+(?:he|she)\s+(?:[\p{L}'’-]+\s+){0,2}$/iu;

/**
 * [source, target] indices of an object relative's verb: the target is the name right before
 * ", whom"; "he"/"she" is the nearest person before it (a name typed as a body counts when it
 * carries an office title), never the antecedent itself. Null when the clause is no such relative.
 */
export function objectRelative(text: string, ms: ResolvedMention[], narrow: Span, at: number): [number, number] | null {
  if (!OBJECT_RELATIVE.test(text.slice(narrow.start, at))) return null;
  let antecedent = -1;
  for (let i = ms.length - 1; i >= 0; i--) {
    if (ms[i]!.end > narrow.start) continue;
    if (/^[\s,]*$/u.test(text.slice(ms[i]!.end, narrow.start)) && ms[i]!.kind !== "place") antecedent = i;
    break;
  }
  if (antecedent < 0) return null;
  for (let i = antecedent - 1; i >= 0; i--) {
    const m = ms[i]!;
    if (m.actor === ms[antecedent]!.actor) continue;
    if (m.kind === "person" || (m.kind === "organization" && OFFICE.test(m.text))) return [i, antecedent];
  }
  return null;
}

/** ", which has criticised …," before a trigger: the relative clause that holds `at`, closed before `to`. */
const RELATIVE_OPEN = /,\s*(?:who|which)\s[^,;:"“”]*$/iu;
export function closedRelativeBetween(text: string, from: number, at: number, to: number): boolean {
  const close = text.indexOf(",", at);
  if (close < 0 || close >= to) return false;
  const before = text.slice(Math.max(from, at - 160), at);
  return (before.includes("who") || before.includes("which")) && RELATIVE_OPEN.test(before);
}
