import type { Doc } from "../types.js";
import type { Candidate } from "./candidate.js";

// "Arthur and Edna Pollard said …": two given names joined by "and" share the family name written
// once after the second. The first alone reads as a one-word person, who resolution then keeps
// apart from, or wrongly joins to, another of that given name; it is "Arthur Pollard".

const GIVEN = /^\p{Lu}\p{Ll}+$/u;
const AND = /^\s+and\s+$/u;

/** The person candidates of a given name before "and" and a full name, named with that full name's family name. */
export function sharedSurnames(doc: Doc, cands: Candidate[]): Candidate[] {
  let out: Candidate[] | null = null;
  for (let i = 0; i + 1 < cands.length; i++) {
    const c = cands[i]!, n = cands[i + 1]!;
    if (c.kind !== "person" || n.kind !== "person" || !GIVEN.test(c.text) || c.sentence !== n.sentence) continue;
    const words = n.name.split(/\s+/);
    if (words.length < 2 || !GIVEN.test(words[0]!) || !AND.test(doc.text.slice(c.end, n.start))) continue;
    // a word another full name of the article holds is that person's, not a given name here
    if (cands.some((o) => o !== c && o !== n && o.kind === "person" && o.name.split(/\s+/).includes(c.text))) continue;
    out ??= [...cands];
    out[i] = { ...c, name: `${c.text} ${words.at(-1)}`, weak: false };
  }
  return out ?? cands;
}
