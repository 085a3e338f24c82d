import { clauseHasNoSubject } from "./gate.js";

// "X, who visited Y last spring, is due to meet Z", "X, which …, plans to send troops": after a
// relative clause set off by commas, a main predicate that is a chain of auxiliaries and a word
// taking an infinitive ("is due to", "was expected to", "has decided to") still opens on the
// antecedent's verb, so the infinitive after it is the antecedent's act.

/** Words that take a "to" infinitive and name no act of their own (plans, schedules, likelihood, attempts). */
const TAKES_INFINITIVE = new Set([
  "due", "scheduled", "expected", "set", "slated", "likely", "unlikely", "ready", "willing", "eager", "prepared",
  "determined", "about", "going", "able", "unable", "plans", "planned", "planning", "intends", "intended", "wants",
  "wanted", "hopes", "hoped", "decided", "expects", "continues", "continued", "began", "begins", "started",
  "appeared", "appears", "seemed", "seems", "needs", "needed", "tried", "tries", "sought", "seeks", "aims", "aimed",
]);

const WORDS = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/** True for "is due to", "was later scheduled to", "has decided to": auxiliaries, adverbs and one infinitive-taking word, then "to". */
export function infinitivePredicate(prefix: string): boolean {
  const words = (prefix.match(WORDS) ?? []).map((w) => w.toLowerCase());
  if (words.length < 2 || words[words.length - 1] !== "to") return false;
  const head = words.slice(0, -1);
  return head.filter((w) => TAKES_INFINITIVE.has(w)).length === 1 && head.every((w) => TAKES_INFINITIVE.has(w) || clauseHasNoSubject(w));
}
