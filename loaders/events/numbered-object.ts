import { guessPos } from "../actors/lextokens.js";
import type { ResolvedMention } from "../types.js";

// "<State> expelled two <demonym> diplomats on Monday, accusing them of spying": a name counted
// inside a verb's object ("two <demonym> diplomats", "dozens of <demonym> soldiers") is what the
// verb acted on, so a participle after a comma does not take it as its agent; the main clause's
// subject does.

/** A verb, an optional determiner and a count, right before the name. */
const COUNT_BEFORE =
  /\b([\p{L}'’-]+)\s+(?:(?:the|its|their|his|her)\s+)?(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|some|many|dozens\s+of|hundreds\s+of|thousands\s+of)\s+$/iu;

/** Whether the mention is counted inside the object of a verb before it. */
export function countedInObject(text: string, m: ResolvedMention, clauseStart: number): boolean {
  const c = COUNT_BEFORE.exec(text.slice(Math.max(clauseStart, m.start - 60), m.start));
  return !!c && guessPos(c[1]!) === "VERB";
}
