import type { TriggerMatch } from "./matcher.js";
import { isSubjectLike } from "./mentions.js";
import type { RoleContext } from "./role-context.js";

// "X said that his appeal to Y still stood", "X repeated its demand for Y to pay": a possessive
// pronoun before an act noun names the act's agent as a possessor's name would. Read only when
// the noun found its agent nowhere else (a possessor, a "by" phrase, a support verb's subject).

/** The pronoun and at most two modifiers before the noun: "his", "its renewed", "their long-standing". */
const PRONOUN_BEFORE = /\b(his|her|its|their)\s+(?:[\p{Ll}-]+\s+){0,2}$/iu;

/**
 * The mention the pronoun stands for: the nearest name before it in the sentence that can be
 * the subject of a clause and fits the pronoun (a person for "his"/"her", a state or body for
 * "its"), else for "his"/"her" opening the sentence the last person named before. -1 when none.
 */
export function possessivePronounAgent(t: TriggerMatch, c: RoleContext): number {
  if (t.entry.pos !== "noun") return -1;
  const { text, ms } = c;
  const p = PRONOUN_BEFORE.exec(text.slice(Math.max(c.sentence.start, t.start - 40), t.start));
  if (!p) return -1;
  const word = p[1]!.toLowerCase();
  const person = word === "his" || word === "her";
  const pronounAt = t.start - p[0].length;
  for (let i = ms.length - 1; i >= 0; i--) {
    const m = ms[i]!;
    if (m.end > pronounAt) continue;
    if (m.kind === "place" || (person ? m.kind !== "person" : word === "its" && m.kind === "person")) continue;
    // A name inside a phrase ("the envoy of X") or a crowd's is no antecedent the pronoun can take.
    return isSubjectLike(text, m, c.sentence.start) ? i : -1;
  }
  // "His appeal to Y went unanswered": the person of the sentence before.
  if (person && c.lastPerson && !/\S/u.test(text.slice(c.sentence.start, pronounAt).replace(/^[\s"“'‘(]+/u, ""))) {
    ms.push(c.lastPerson); // `ms` is the caller's per-trigger copy.
    return ms.length - 1;
  }
  return -1;
}
