import type { TriggerMatch } from "./matcher.js";

// "signed a deal aimed at ending three weeks of fighting", "efforts to halt the clashes": fighting
// named as what an act would end is under way already; the noun tells no new attack, and the
// clause's subject (the side ending it) is not its agent.

/** An ending verb, then up to four words of the noun's phrase (no clause boundary among them). */
const ENDING = /\b(?:end|ends|ended|ending|halt|halts|halted|halting|stop|stops|stopped|stopping)\s+(?:(?!(?:and|but|before|after|when|as|while)\s)[\p{L}.-]+\s+){0,4}$/iu;

/** Whether a force noun is the object of an ending verb. */
export function endedFight(t: TriggerMatch, before: string): boolean {
  return t.entry.type === "ASSAULT" && t.entry.pos === "noun" && ENDING.test(before.slice(-60));
}
