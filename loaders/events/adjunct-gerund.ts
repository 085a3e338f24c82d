import type { TriggerMatch } from "./matcher.js";

// "X will meet Y on Monday before travelling to Z", "is to sign a pact after touring Z": a
// gerund in an adjunct of time takes its tense from the clause it hangs on. When that clause's
// act lies ahead, so does the gerund's.

/** The gerund's preposition of time, right before it. */
const TIME_ADJUNCT = /\b(?:before|after|while|upon|then)\s+$/iu;
/** A main verb said to lie ahead: "will", "is to", "is due to", "plans to" and a verb. */
const AHEAD = /\b(?:will|shall|(?:is|are|was|were)\s+(?:(?:due|scheduled|expected|set|slated)\s+)?to|plans?\s+to|planned\s+to|intends?\s+to)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+\b[^.;:!?]*$/u;

/** Whether a gerund of time hangs on a clause whose act is planned. */
export function plannedAdjunctGerund(t: TriggerMatch, text: string, sentenceStart: number): boolean {
  if (t.entry.pos !== "verb" || !t.head.endsWith("ing")) return false;
  const before = text.slice(Math.max(sentenceStart, t.start - 160), t.start);
  const m = TIME_ADJUNCT.exec(before);
  return !!m && AHEAD.test(before.slice(0, m.index));
}
