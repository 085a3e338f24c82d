import { PAST } from "./finite-conjunct.js";

// Acts a sentence names without telling that they happened:
// - "the raids would continue until <State> accepted the plan", "vowed to fight until the troops
//   withdrew": a past form in an "until" clause after a future, a vow or a refusal is reported
//   speech's condition for ending something, not yet done. (After a past main verb, "fought until
//   <State> withdrew", the withdrawal did happen; "must hold off until X visits Y", a present form,
//   tells a visit already set, which the dev gold codes as planned: both stay.)
// - "after <State> failed to cooperate with the inspectors": a failed act did not take place.
// - "would not declare independence as long as <State> did not attack": a condition, in any tense.
// - "would not allow its soil to be used for any attack on <State>", "no talks": a noun after
//   "any" or "no" names a kind of act, none that took place.
// - "expelled a diplomat for allegedly taking part in an opposition rally": an act the sentence
//   says is alleged is the accuser's claim, not a narrated act.

/** "until" or "till" opening the clause the trigger stands in: no comma, semicolon or "and" between. */
const UNTIL = /\b(?:until|till)\s+[^,;]*$/iu;
/** A future, a vow, a promise or a refusal in the main clause before "until". */
const FUTURE_MAIN = /\b(?:would|will|shall|won['’]t|['’]ll|vow(?:s|ed)?|pledg(?:es|ed)|promis(?:es|ed)|threaten(?:s|ed)?|refus(?:es|ed)|determined|going\s+to|plans?\s+to|intends?\s+to|must)\b/iu;
/** "as long as", "provided", "on condition that" opening the trigger's clause. */
const CONDITION = /\b(?:(?:as|so)\s+long\s+as|on\s+(?:the\s+)?condition\s+that|providing\s+that|provided)\s+[^,;]*$/iu;
/** "any" or "no" (and one modifier) right before a noun. */
const ANY_OR_NO = /\b(?:any|no)\s+(?:[\p{Ll}-]+\s+)?$/iu;
/** "allegedly" earlier in the trigger's clause. */
const ALLEGED = /\ballegedly\s+[^,;]{0,60}$/iu;
/** "failed to", "again failed to": the infinitive after it is no act. */
const FAILED_TO = /\bfail(?:ed|s|ing)?\s+to\s+$/iu;

/** Whether the trigger at `start` tells an act the sentence does not say happened. */
export function unrealisedAct(text: string, sentenceStart: number, start: number, head: string, noun: boolean): boolean {
  const before = text.slice(Math.max(sentenceStart, start - 200), start);
  // Each pattern only where its word occurs: most triggers have none of them before them.
  const low = before.toLowerCase();
  if (low.includes("fail") && FAILED_TO.test(before.slice(-30))) return true;
  if ((low.includes("long as") || low.includes("condition") || low.includes("provid")) && CONDITION.test(before)) return true;
  if (low.includes("allegedly") && ALLEGED.test(before)) return true;
  if (noun && ANY_OR_NO.test(before.slice(-40))) return true;
  if (!low.includes("until") && !low.includes("till")) return false;
  const u = UNTIL.exec(before);
  if (!u || /\band\s/iu.test(u[0]) || !PAST.test(head)) return false;
  return FUTURE_MAIN.test(before.slice(0, u.index));
}
