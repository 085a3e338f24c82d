import type { TriggerMatch } from "./matcher.js";

// "will wait until X visits Y", "before the envoy arrives": a present-tense verb in a clause of
// time still to come tells an act that has not happened (as "once X arrives" in gate.ts). In the
// past ("until X visited Y") the clause tells what did happen. A visit or a meeting so awaited is
// expected, so it is kept as planned (AGREE, as the guide codes every future meeting, sentence.ts);
// any other awaited act is left out.

/** "until", "till" or "before", then a subject opening with a determiner, a pronoun or a capital, up to the verb. */
const AWAITED = /\b(?:until|till|before)\s+(?:the\s+|a\s+|an\s+|he\s+|she\s+|they\s+|it\s+|we\s+|\p{Lu})[^,;:]{0,80}$/u;

/** Whether a verb trigger in its present tense waits on such a clause: `before` is its sentence up to it. */
export function awaitedTime(t: TriggerMatch, before: string): boolean {
  if (t.entry.pos !== "verb" || t.entry.past.includes(t.head) || /(?:ed|ing)$/u.test(t.head)) return false;
  const tail = before.slice(-100);
  return (tail.includes("until") || tail.includes("till") || tail.includes("before")) && AWAITED.test(tail);
}
