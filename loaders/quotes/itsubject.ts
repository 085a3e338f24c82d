import type { ActorKind, ActorRow, Doc, ResolvedMention } from "../types.js";
import { sentenceAt } from "../text/sentences.js";
import { isSubject } from "./centering.js";
import { firstAt } from "./search.js";

// "Tellco, which nearly failed last year, thinks it will be healthy soon. … in what it calls
// “…”": an "it" before anyone has spoken points at the body the text is about, the subject of
// the sentence before or of its own, not at nobody.

/** How many sentences back an "it" may reach for its subject. */
const REACH = 2;
const BODY_KINDS: ReadonlySet<ActorKind> = new Set(["organization", "country", "group"]);

/** The organisation or country that is the subject of the sentence at `at` or of one of the two before it. */
export function itsSubject(doc: Doc, masked: string, sorted: ResolvedMention[], at: number, actors: Map<string, ActorRow>) {
  const here = sentenceAt(doc.sentences, at);
  if (!here) return null;
  const from = doc.sentences[Math.max(0, here.index - REACH)]!.start;
  for (let i = firstAt(sorted, (m) => m.start >= at) - 1; i >= 0 && sorted[i]!.start >= from; i--) {
    const m = sorted[i]!;
    if (!BODY_KINDS.has(m.kind) || masked[m.start] === "\u2591") continue;
    const s = sentenceAt(doc.sentences, m.start);
    if (s && isSubject(masked, s.start, m)) return { actor: m.actor, kind: m.kind, text: actors.get(m.actor)?.name ?? m.text };
  }
  return null;
}
