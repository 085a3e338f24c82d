import { PAST } from "./finite-conjunct.js";

// Acts a sentence names without telling that they happened:
// - "the raids would continue until <State> accepted the plan", "vowed to fight until the troops
//   withdrew": a past form in an "until" clause after a future, a vow or a refusal is reported
//   speech's condition for ending something, not yet done. (After a past main verb, "fought until
//   <State> withdrew", the withdrawal did happen; "must hold off until X visits Y", a present form,
//   tells a visit already set, which the dev gold codes as planned: both stay.)
// - "after <State> failed to cooperate with the inspectors": a failed act did not take place.

/** "until" or "till" opening the clause the trigger stands in: no comma, semicolon or "and" between. */
const UNTIL = /\b(?:until|till)\s+[^,;]*$/iu;
/** A future, a vow, a promise or a refusal in the main clause before "until". */
const FUTURE_MAIN = /\b(?:would|will|shall|won['’]t|['’]ll|vow(?:s|ed)?|pledg(?:es|ed)|promis(?:es|ed)|threaten(?:s|ed)?|refus(?:es|ed)|determined|going\s+to|plans?\s+to|intends?\s+to|must)\b/iu;
/** "failed to", "again failed to": the infinitive after it is no act. */
const FAILED_TO = /\bfail(?:ed|s|ing)?\s+to\s+$/iu;

/** Whether the trigger at `start` tells an act the sentence does not say happened. */
export function unrealisedAct(text: string, sentenceStart: number, start: number, head: string): boolean {
  const before = text.slice(Math.max(sentenceStart, start - 200), start);
  if (FAILED_TO.test(before.slice(-30))) return true;
  const u = UNTIL.exec(before);
  if (!u || /\band\s/iu.test(u[0]) || !PAST.test(head)) return false;
  return FUTURE_MAIN.test(before.slice(0, u.index));
}
