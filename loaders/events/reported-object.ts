import type { ResolvedMention } from "../types.js";
import type { TriggerMatch } from "./matcher.js";

// "Y said X phoned him about the border", "Y said X met her on Monday": an object pronoun in a
// reported clause cannot be that clause's own subject, and the person reporting the act is the one
// the report is about. Only a person who reports the clause (a reporting verb straight after the
// name) is taken; any other pronoun object stays unresolved.

/** "him" or "her" right after the verb. */
const PRONOUN_OBJECT = /^\s+(?:him|her)\b(?!\s*(?:own|self)\b)/iu;
/** A reporting verb right after a name: "Y said (that)", "Y recalled". */
const REPORTS = /^\s*(?:said|says|recalled|recalls|told\s+\p{Ll}+|added)\b/u;

/**
 * The person who reports the clause whose verb `t` takes a pronoun object: the nearest person
 * named before the verb's subject in the sentence with a reporting verb right after the name; -1
 * when there is none.
 */
export function reportedObjectPronoun(text: string, ms: readonly ResolvedMention[], t: TriggerMatch, src: number, sentenceStart: number): number {
  if (t.entry.pos !== "verb" || src < 0 || !PRONOUN_OBJECT.test(text.slice(t.headEnd, t.headEnd + 12))) return -1;
  for (let i = src - 1; i >= 0; i--) {
    const m = ms[i]!;
    if (m.start < sentenceStart) return -1;
    if (m.kind === "person" && m.actor !== ms[src]!.actor && REPORTS.test(text.slice(m.end, m.end + 24))) return i;
  }
  return -1;
}
