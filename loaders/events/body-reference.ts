import type { ActorRow, ResolvedMention, Sentence } from "../types.js";
import { matchesOf } from "../text/matches.js";

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

/** Nothing but a quotation mark or a linking word before the description: it opens the sentence. */
const OPENING = /^[\s"“'‘`]*(?:(?:But|And|Yet|So|However|Meanwhile|Later|Earlier|Still|Also)\s*,?\s+)?$/u;

/** How far back in the article the body may have been named. */
const REACH = 1500;

/** The body descriptions opening sentence `s` (or standing as a possessor) as mentions of the body last named with that head. */
export function bodyMentions(text: string, s: Sentence, article: string, index: number, sentMs: ResolvedMention[], articleMs: ResolvedMention[], actors: Map<string, ActorRow>): ResolvedMention[] {
  const seg = text.slice(s.start, s.end);
  if (!seg.includes("he ")) return [];
  const out: ResolvedMention[] = [];
  for (const d of matchesOf(DESCRIPTION, seg)) {
    const start = s.start + d.index!, end = start + d[0].length;
    if (sentMs.some((m) => m.start < end && start < m.end)) continue;
    if (!OPENING.test(seg.slice(0, d.index!)) && !/^['’]s\b/u.test(text.slice(end, end + 3))) continue;
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
