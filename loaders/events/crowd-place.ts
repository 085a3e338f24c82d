import type { ResolvedMention } from "../types.js";
import { CROWDS } from "./unnamed-agents.js";

// "Farmers in Peru protested against the deal", "students across Armenia rallied": a crowd named by
// where it is. The name right before the verb sits in the crowd's locative phrase, so the subject
// reading rules it out, and the crowd, with a phrase after it, is no subject either. PLOVER codes
// a protest by a country's people as that country's (as "Peruvian farmers" is read, demonyms.ts),
// so the state named in the phrase is the source. A crowd in a city ("protesters in Yerevan") is
// coded, as PLOVER codes protests by where they happen, to the city's state (city-crowd.ts).

const CROWD_IN = new RegExp(`\\b(?:${CROWDS}|crowds?|people)\\s+(?:in|across|throughout)\\s+(?:the\\s+)?$`, "iu");

/** The index in `ms` of the state a crowd right before the protest verb at `verbAt` is placed in, or -1. */
export function crowdCountry(text: string, ms: ResolvedMention[], clauseStart: number, verbAt: number): number {
  for (let i = ms.length - 1; i >= 0; i--) {
    const m = ms[i]!;
    if (m.end > verbAt) continue;
    if (m.start < clauseStart || (m.kind !== "country" && m.kind !== "place") || !/^\s+(?:\p{Ll}+ly\s+)?$/u.test(text.slice(m.end, verbAt))) return -1;
    return CROWD_IN.test(text.slice(Math.max(clauseStart, m.start - 40), m.start)) ? i : -1;
  }
  return -1;
}
