import type { TriggerMatch } from "./matcher.js";

// "a truce meant to end two months of clashes", "efforts to halt the shelling": fighting
// named as what an act is meant to end is under way already; the noun tells no new attack, and the
// clause's subject (the side seeking its end) is not its agent. "X ended the bombing of Y" (an
// ending told as done) still tells X's bombing.

/** A purpose ("to", "at", "of", "for" before the ending verb), then up to four words of the noun's phrase (no clause boundary). */
const ENDING = /\b(?:to|at|of|for|towards?)\s+(?:help\s+)?(?:end|ending|halt|halting|stop|stopping)\s+(?:(?!(?:and|but|before|after|when|as|while)\s)[\p{L}.-]+\s+){0,4}$/iu;

/** Whether a force noun is the object of an ending verb of purpose. */
export function endedFight(t: TriggerMatch, before: string): boolean {
  return t.entry.type === "ASSAULT" && t.entry.pos === "noun" && ENDING.test(before.slice(-60));
}
