import type { ResolvedMention } from "../types.js";
import type { TriggerMatch } from "./matcher.js";
import { afterPrep } from "./mentions.js";

// The phrases after a noun trigger that name its agent ("an appeal by X", "a request from Y")
// and where the noun's own phrase ends (its clause's verb), so that a preposition further on,
// inside another noun phrase, is not read as the trigger's.

/** A possessive before a common noun other than a state organ: "X's relatives", "X's lawyers". */
const POSSESSED_PERSON = /^['’]s\s+(?:[\p{L}-]+\s+){0,2}?(?!(?:government|forces|army|military|police|ministry|foreign|defen[cs]e|interior|officials?|leaders?|leadership|president|prime|cabinet|parliament|embassy|envoy|delegation|spokes(?:man|woman))\b)\p{Ll}+s\b/u;

/** Speech acts whose noun takes its speaker from "from X". */
const SPOKEN_FROM = new Set(["REQUEST", "ACCUSE", "THREATEN", "REJECT"]);

/**
 * The agent named after a noun: "by X" ("attacks by X"), a speech act's "from X" ("a request from
 * X"); not X when the phrase is "by X's relatives". `to` bounds the search; -1 when none.
 */
export function agentAfterNoun(text: string, ms: ResolvedMention[], t: TriggerMatch, to: number): number {
  let src = afterPrep(text, ms, "by", t.headEnd, to, 6, 1);
  if (src < 0 && SPOKEN_FROM.has(t.entry.type)) src = afterPrep(text, ms, "from", t.headEnd, to, 6, 1);
  return src >= 0 && POSSESSED_PERSON.test(text.slice(ms[src]!.end, ms[src]!.end + 40)) ? -1 : src;
}

/** A finite auxiliary after a noun: where the noun's phrase ends and its clause's predicate begins. */
const FINITE_AFTER = /\s(?:is|are|was|were|has|have|had|will|would)\s/u;

/** Where a noun's own phrase ends: "the bombing were met by Secretary of State X" ends before "were". */
export function nounPhraseEnd(text: string, from: number, to: number): number {
  const m = FINITE_AFTER.exec(text.slice(from, to));
  return m ? from + m.index : to;
}
