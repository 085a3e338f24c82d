import type { ActorKind, ActorRow, ResolvedMention } from "../types.js";

// "…, the government said": the gold guide credits a state's unnamed voice to the state ("the
// Kremlin" → Russia). The government meant is the one the article has tied to a place by name:
// "the government of Varnland", "Varnland's government", "the Varnland government"; failing
// that, the government of the country the story is datelined in ("VARNBY (AP) -- …").

/** "the government", "a government communique", "a government official". */
const GOVERNMENT = /^\s*(?:the|a)\s+government(?:\s+(?:communiqu[eé]|statement|declaration|announcement|spokesman|spokeswoman|official))?\s*$/i;
const OF_BEFORE = /\bgovernment\s+of\s+(?:the\s+)?$/i;
const HEAD_AFTER = /^(?:['’]s?)?\s+government\b/i;
/** A dateline after the place that opens the story: "VARNBY (AP) --", "VARNBY, May 3 --", "VARNBY 1996-08-22". */
const DATELINE_AFTER = /^(?:,\s*[\p{L} .]{1,20})?\s*(?:\(|,|--|—|\s\d{4}-\d\d-\d\d|\s*\n)/u;

export interface Government { actor: string; kind: ActorKind; text: string }

/** The place whose government the article last named before `at`, when `subject` is a government's voice. */
export function governmentOf(subject: string, sorted: ResolvedMention[], at: number, actors: Map<string, ActorRow>, text: string): Government | null {
  if (!GOVERNMENT.test(subject)) return null;
  let found: Government | null = null;
  for (const m of sorted) {
    if (m.end > at) break;
    if (m.kind !== "place") continue;
    if (OF_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start)) || HEAD_AFTER.test(text.slice(m.end, m.end + 16)))
      found = { actor: m.actor, kind: m.kind, text: actors.get(m.actor)?.name ?? m.text };
  }
  return found ?? datelineCountry(sorted, actors, text);
}

/** The country of the place the story is datelined in, when the article names that country. */
function datelineCountry(sorted: ResolvedMention[], actors: Map<string, ActorRow>, text: string): Government | null {
  const first = sorted[0];
  if (!first || first.kind !== "place" || text.slice(0, first.start).trim() !== "" || !DATELINE_AFTER.test(text.slice(first.end, first.end + 30))) return null;
  const code = actors.get(first.actor)?.country;
  if (!code) return null;
  const m = sorted.find((x) => x.kind === "country" && actors.get(x.actor)?.country === code);
  return m ? { actor: m.actor, kind: m.kind, text: actors.get(m.actor)?.name ?? m.text } : null;
}
