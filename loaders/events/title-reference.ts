import type { ActorRow, ResolvedMention, Sentence } from "../types.js";
import { plainDescriptions, REACH } from "./plain-description.js";

// "King X of Norland arrived on Monday. The king will meet Y": a definite description made of an
// office alone ("the king", "the prime minister", "the elderly monarch") names the last
// person the article has named holding that office. The description stands for that person as a
// mention, so the clause reading finds its acts as it finds a name's.

/** Office words a description may end on, each with the words an actor's role holds for it. */
const OFFICES: Record<string, RegExp> = {
  president: /\bpresident\b/iu,
  "prime minister": /\bprime minister\b/iu,
  premier: /\b(?:premier|prime minister)\b/iu,
  chancellor: /\bchancellor\b/iu,
  king: /\bking\b/iu,
  queen: /\bqueen\b/iu,
  monarch: /\b(?:king|queen|emperor|sultan|emir)\b/iu,
  "foreign minister": /\bforeign minister\b/iu,
  minister: /\bminister\b/iu,
  envoy: /\b(?:envoy|ambassador)\b/iu,
  ambassador: /\bambassador\b/iu,
};

/**
 * "The king", "the elderly monarch", "the visiting prime minister": "the", at most one
 * lower-case word that names no other holder (not "former", "late", "then", "next"), an office
 * word. Not followed by "of" or a name ("the president of the club", "the king, Y,"), nor by
 * another noun ("the president's office" stays: a possessive is the person's).
 */
const DESCRIPTION = /\b[Tt]he\s+(?:(constitutional|visiting|new|veteran|embattled|elderly|ailing|incumbent|interim|acting|current)\s+)?(prime minister|foreign minister|president|premier|chancellor|king|queen|monarch|minister|envoy|ambassador)\b(?!\s+of\b|\s*,\s*\p{Lu}|\s+\p{Lu}|-)/gu;

/** The office descriptions of sentence `s` as mentions of the person last named holding that office before it. */
export function titleMentions(text: string, s: Sentence, article: string, index: number, sentMs: ResolvedMention[], articleMs: ResolvedMention[], actors: Map<string, ActorRow>): ResolvedMention[] {
  const out: ResolvedMention[] = [];
  for (const { d, start, end } of plainDescriptions(text, s, DESCRIPTION, sentMs)) {
    const holder = lastHolder(articleMs, actors, OFFICES[d[2]!]!, start, s.start);
    if (holder) out.push({ article, actor: holder.actor, start, end, text: d[0], sentence: index, kind: "person" });
  }
  return out;
}

/** The last person named before the sentence (within REACH) whose role holds the office. */
function lastHolder(ms: ResolvedMention[], actors: Map<string, ActorRow>, office: RegExp, at: number, sentenceStart: number): ResolvedMention | null {
  for (let i = ms.length - 1; i >= 0; i--) {
    const m = ms[i]!;
    if (m.start >= sentenceStart) continue;
    if (m.end < at - REACH) break;
    if (m.kind !== "person") continue;
    const role = actors.get(m.actor)?.role;
    if (role && office.test(role)) return m;
  }
  return null;
}
