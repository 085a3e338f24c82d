import type { ActorRow, ResolvedMention, Sentence } from "../types.js";
import { plainDescriptions, REACH } from "./plain-description.js";

// "The Norland Farmers Party met on Monday … . The party also condemned Y": a definite
// description made of a body's head noun alone names the last organisation or group the
// article has named with that noun in its name or role, as "the king" names the last king
// (title-reference.ts). Not "the group" (the gold guide leaves "the group" null when it may be
// either of two bodies), nor a state's organs ("the government", "the army": organs.ts reads them).

/** Head nouns of a body, each with the words its name or role must hold. */
const HEADS: Record<string, RegExp> = {
  party: /\bparty\b/iu,
  alliance: /\balliance\b/iu,
  movement: /\bmovement\b/iu,
  union: /\bunion\b/iu,
  bloc: /\bbloc\b/iu,
  organisation: /\borgani[sz]ation\b/iu,
  organization: /\borgani[sz]ation\b/iu,
  agency: /\bagency\b/iu,
  council: /\bcouncil\b/iu,
  committee: /\bcommittee\b/iu,
  front: /\bfront\b/iu,
  coalition: /\bcoalition\b/iu,
  federation: /\bfederation\b/iu,
  league: /\bleague\b/iu,
  association: /\bassociation\b/iu,
  commission: /\bcommission\b/iu,
};

/** "The party", "the alliance": "the" and the head alone, with no "of" or name after it and no noun it modifies ("the party leader"). */
const DESCRIPTION = /\b[Tt]he\s+(party|alliance|movement|union|bloc|organi[sz]ation|agency|council|committee|front|coalition|federation|league|association|commission)\b(?!\s+of\b|\s*,\s*\p{Lu}|\s+\p{Lu}|-|\s+(?:leader|leaders|chief|head|members?|officials?|spokes(?:man|woman|person)|headquarters|office|offices)\b)/gu;

/** The body descriptions opening sentence `s` (or standing as a possessor) as mentions of the body last named with that head. */
export function bodyMentions(text: string, s: Sentence, article: string, index: number, sentMs: ResolvedMention[], articleMs: ResolvedMention[], actors: Map<string, ActorRow>): ResolvedMention[] {
  const out: ResolvedMention[] = [];
  for (const { d, start, end } of plainDescriptions(text, s, DESCRIPTION, sentMs)) {
    const body = lastBody(articleMs, actors, HEADS[d[1]!]!, s.start);
    if (body) out.push({ article, actor: body.actor, start, end, text: d[0], sentence: index, kind: body.kind });
  }
  return out;
}

/** The last organisation or group named before the sentence (within REACH) whose name, an alias or role holds the head. */
function lastBody(ms: ResolvedMention[], actors: Map<string, ActorRow>, head: RegExp, sentenceStart: number): ResolvedMention | null {
  for (let i = ms.length - 1; i >= 0; i--) {
    const m = ms[i]!;
    if (m.start >= sentenceStart) continue;
    if (m.end < sentenceStart - REACH) break;
    if (m.kind !== "organization" && m.kind !== "group") continue;
    const a = actors.get(m.actor);
    if (a && [a.name, ...a.aliases, a.role ?? ""].some((w) => head.test(w))) return m;
  }
  return null;
}
