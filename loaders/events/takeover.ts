import type { TriggerMatch } from "./matcher.js";

// "agreed to buy rival studio X for $800 million", "agreed to merge with X": a firm bought or merged
// is a takeover, business and no agreement between political actors. The thing bought is a name
// standing alone (a price, a place or the clause's end after it); "to buy <State>n wheat" and
// "to buy gas from <State>" are purchases from a state, and stay agreements.

const TAKEOVER =
  /^\s+(?:(?:on|in|last|this|earlier)\s+\p{Lu}?\p{Ll}+\s+)?to\s+(?:buy|acquire|purchase|take\s+over|merge\s+with|sell)\s+(?:(?!(?:from|of|to|with|by|in)\s)(?:its|the|a|an|rival|smaller|larger|struggling|[\p{Ll}-]+)\s+){0,3}(?:\p{Lu}[\p{L}&.-]*\s+){0,3}?\p{Lu}[\p{L}&-]*(?:\s+(?:for|in|from|at|by|after|in\s+a)\b|\s*[,.;]|\s*$)/u;

/** Whether an agreement is to buy, sell or merge with a named firm. */
export function takeoverAgreed(t: TriggerMatch, text: string, end: number): boolean {
  if (t.entry.type !== "AGREE" || t.entry.pos !== "verb" || !/^agre/u.test(t.head)) return false;
  return TAKEOVER.test(text.slice(t.headEnd, Math.min(end, t.headEnd + 120)));
}
