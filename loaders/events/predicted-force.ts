import type { TriggerMatch } from "./matcher.js";

// "warned that failure could lead to war", "warned of the danger of a new war": force foretold as a
// consequence or a danger, tied to no actor's act, is a prediction, not a threat to use it ("warned
// that <State> troops there would trigger confrontation" threatens that state). Said to an addressee ("warned
// Norland that its policy could lead to war") it is a warning to that actor (ACCUSE); said to no
// one it is no act between actors.

/** Words of consequence or danger between "warn" and the force word of a THREATEN pattern. */
const CONSEQUENCE =
  /\b(?:lead|leads|led|leading)\s+to\b|\bresult(?:s|ed|ing)?\s+in\b|\b(?:spark|trigger|provok|caus|plung|drag|slid|descend|escalat)\p{Ll}*\b|\b(?:risks?|dangers?|spectre|prospects?|possibility)\s+of\b/iu;

/** A name (and the determiner before it) right after the warning verb: its addressee. */
const ADDRESSEE = /^\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*/u;
/** A name in the warning's words: "warned that <State> troops would trigger confrontation" ties the force to that actor's act. */
const NAME_INSIDE = /\s\p{Lu}/u;

/** Whether a "warn … war" trigger foretells force rather than threatening it. */
export function predictedForce(t: TriggerMatch, text: string): boolean {
  if (t.entry.type !== "THREATEN" || !t.head.startsWith("warn")) return false;
  // The addressee right after the verb ("warned Norland that …") is no actor of the foretold act.
  const words = text.slice(t.headEnd, t.end).replace(ADDRESSEE, "");
  return CONSEQUENCE.test(words) && !NAME_INSIDE.test(words);
}

/** A name right after the warning verb: the actor warned. */
const ADDRESSEE_AFTER = /^\s+(?:the\s+)?\p{Lu}/u;

/** Whether a foretold force is said to no one named: no act. */
export function predictedToNoOne(t: TriggerMatch, text: string): boolean {
  return predictedForce(t, text) && !ADDRESSEE_AFTER.test(text.slice(t.headEnd, t.headEnd + 6));
}
