import type { ActorKind, ActorRow, ResolvedMention } from "../types.js";

// "…, the government said": the gold guide credits a state's unnamed voice to the state ("the
// Kremlin" → Russia). The government meant is the one the article has tied to a place by name:
// "the government of Varnland", "Varnland's government", "the Varnland government".

const GOVERNMENT = /^\s*the\s+government\s*$/i;
const OF_BEFORE = /\bgovernment\s+of\s+(?:the\s+)?$/i;
const HEAD_AFTER = /^(?:['’]s?)?\s+government\b/i;

/** The place whose government the article last named before `at`, when `subject` is "the government". */
export function governmentOf(subject: string, sorted: ResolvedMention[], at: number, actors: Map<string, ActorRow>, text: string) {
  if (!GOVERNMENT.test(subject)) return null;
  let found: { actor: string; kind: ActorKind; text: string } | null = null;
  for (const m of sorted) {
    if (m.end > at) break;
    if (m.kind !== "place") continue;
    if (OF_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start)) || HEAD_AFTER.test(text.slice(m.end, m.end + 16)))
      found = { actor: m.actor, kind: m.kind, text: actors.get(m.actor)?.name ?? m.text };
  }
  return found;
}
