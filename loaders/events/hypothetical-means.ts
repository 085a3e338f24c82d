import type { TriggerMatch } from "./matcher.js";
import { ingForm } from "./ing-form.js";

// "X would breach the charter by bombing", "would risk war by sending troops": a gerund of
// means under a conditional judgement names an act only imagined, to say what it would amount to.
// No one plans or threatens it; "would respond by imposing sanctions" (a reaction announced) is
// not such a judgement and stays planned.

const JUDGED_MEANS =
  /\b(?:would|could|might)\s+(?:(?:not|only|also|be\s+seen\s+to)\s+)?(?:break|violate|breach|flout|risk|undermine|damage|harm|jeopardi[sz]e|endanger|destabili[sz]e|isolate|discredit|lose|commit|make|set|defy)\b[^.;:,]{0,50}?\bby\s+$/iu;

/** Whether a gerund trigger is the means of a conditional judgement in its sentence. */
export function hypotheticalMeans(t: TriggerMatch, text: string, sentenceStart: number): boolean {
  if (!ingForm(t.head)) return false;
  return JUDGED_MEANS.test(text.slice(Math.max(sentenceStart, t.start - 100), t.start));
}
