import type { ResolvedMention } from "../types.js";
import type { TriggerMatch } from "./matcher.js";

// "X sent Y an emotional appeal", "X handed Y a formal protest": the first object of a verb of
// giving is who the appeal, protest or aid goes to, the act's target. Only a name or demonym's
// mention counts (a pronoun there is left alone).

const GIVING = /\b(?:sent|sends|send|sending|gave|gives|give|giving|handed|hands|hand|handing|delivered|delivers|deliver|delivering|offered|offers|offer|offering)\s+$/iu;
/**
 * Between the first object and the act's noun: a determiner or an amount ("$10 million in",
 * "500 tonnes of") or neither ("gave Y military aid"), then at most two modifiers.
 */
const SECOND_OBJECT =
  /^\s+(?:(?:an?|the|his|her|its|their|another|fresh|new)\s+|(?:(?:some|about|nearly|almost|over|more\s+than)\s+)?[$€£]?\s?\d[\d.,]*\s*(?:million|billion|thousand|m|bn)?\s+(?:(?:dollars|dlrs|euros|pounds|marks|francs|yen|tonnes|tons)\s+)?(?:(?:in|of|worth\s+of)\s+)?)?(?:[\p{L}-]+\s+){0,2}$/iu;

/** The index in `ms` of the first object of a verb of giving whose second object is the trigger's noun, or -1. */
export function indirectObject(t: TriggerMatch, text: string, ms: readonly ResolvedMention[], from: number): number {
  // A verb pattern spanning both objects ("sent Y a formal protest") or a noun after them.
  const nounAt = t.entry.pos === "noun" ? t.start : t.end - (t.end > t.headEnd ? lastWord(text, t.end) : 0);
  const found = firstObjectBefore(text, ms, nounAt, from);
  // "gave Y humanitarian aid": a one-word verb row read where the noun stands ("aid") is that noun.
  return found < 0 && t.entry.pos === "verb" && t.end === t.headEnd ? firstObjectBefore(text, ms, t.start, from) : found;
}

/** The first object of a verb of giving whose second object ends on the noun at `nounAt`, or -1. */
function firstObjectBefore(text: string, ms: readonly ResolvedMention[], nounAt: number, from: number): number {
  for (let i = ms.length - 1; i >= 0; i--) {
    const m = ms[i]!;
    if (m.end > nounAt) continue;
    if (m.start < from) break;
    if (m.kind === "place") return -1;
    if (!SECOND_OBJECT.test(text.slice(m.end, nounAt))) return -1;
    return GIVING.test(text.slice(Math.max(from, m.start - 12), m.start)) ? i : -1;
  }
  return -1;
}

/** The length of the last word before `end`. */
function lastWord(text: string, end: number): number {
  const m = /[\p{L}-]+$/u.exec(text.slice(Math.max(0, end - 40), end));
  return m ? m[0].length : 0;
}

/** The giving verb's subject, when the first object was read as the noun's agent: the name before the verb. */
export function giverBefore(ms: readonly ResolvedMention[], given: number, from: number): number {
  for (let i = given - 1; i >= 0; i--) if (ms[i]!.start >= from && ms[i]!.kind !== "place") return i;
  return -1;
}
