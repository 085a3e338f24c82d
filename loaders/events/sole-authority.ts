import type { TriggerMatch } from "./matcher.js";

// "…, saying only the security council could deploy them": "only X can/could" states who has
// the power to act, a rule of authority, not anyone's plan or pledge to do it.

const ONLY_AUTHORITY = /\bonly\s+(?:[\p{L}.'’-]+\s+){1,6}?(?:could|can|may|might|is\s+(?:allowed|entitled|empowered|authori[sz]ed)\s+to|has\s+the\s+(?:power|authority|right)\s+to)\s+(?:legally\s+|lawfully\s+)?$/iu;

/** Whether the clause before a verb trigger says only someone has the power to do it. */
export function soleAuthority(t: TriggerMatch, before: string): boolean {
  return t.entry.pos === "verb" && before.includes("only") && ONLY_AUTHORITY.test(before.slice(-90));
}
