import type { TriggerMatch } from "./matcher.js";

// "warned that failure could lead to war", "warned of the danger of a new war": force foretold as a
// consequence or a danger is a prediction, not a threat to use it. Said to an addressee ("warned
// Norland that its policy could lead to war") it is a warning to that actor (ACCUSE); said to no
// one it is no act between actors.

/** Words of consequence or danger between "warn" and the force word of a THREATEN pattern. */
const CONSEQUENCE =
  /\b(?:lead|leads|led|leading)\s+to\b|\bresult(?:s|ed|ing)?\s+in\b|\b(?:spark|trigger|provok|caus|plung|drag|slid|descend|escalat)\p{Ll}*\b|\b(?:risks?|dangers?|spectre|prospects?|possibility)\s+of\b/iu;

/** Whether a "warn … war" trigger foretells force rather than threatening it. */
export function predictedForce(t: TriggerMatch, text: string): boolean {
  return t.entry.type === "THREATEN" && t.head.startsWith("warn") && CONSEQUENCE.test(text.slice(t.start, t.end));
}

/** A name right after the warning verb: the actor warned. */
const ADDRESSEE_AFTER = /^\s+(?:the\s+)?\p{Lu}/u;

/** Whether a foretold force is said to no one named: no act. */
export function predictedToNoOne(t: TriggerMatch, text: string): boolean {
  return predictedForce(t, text) && !ADDRESSEE_AFTER.test(text.slice(t.headEnd, t.headEnd + 6));
}
