import type { ActorRow, Doc, ResolvedMention, Sentence } from "../types.js";
import type { Attribution, Discourse } from "./attribution.js";
import type { QuoteSpan } from "./marks.js";
import { isSubject } from "./centering.js";
import { countBefore, firstAt } from "./search.js";
import { EDGE } from "./sequence.js";

// "Lund disagreed. “We were unlucky.”": a quotation that is a whole sentence, with no speech verb
// near it, after a sentence of narration in the same paragraph whose subject is a person, is that
// person's: the reporter introduces the speaker, then lets them speak.

/** The subject of the narrative sentence right before a sentence-long quotation, as an attribution with no verb. */
export function narratedSpeaker(doc: Doc, d: Discourse, q: QuoteSpan, s1: Sentence, s2: Sentence, sorted: ResolvedMention[], actors: Map<string, ActorRow>): Attribution | null {
  if (s1.index === 0 || !EDGE.test(d.text.slice(s1.start, q.open)) || !EDGE.test(d.text.slice(q.close, s2.end))) return null;
  const prev = doc.sentences[s1.index - 1]!;
  const paragraph = countBefore(d.newlines, q.open);
  if (countBefore(d.newlines, prev.start) !== paragraph || d.masked.slice(prev.start, prev.end).includes("\u2591")) return null;
  const m = sorted[firstAt(sorted, (x) => x.start >= prev.start)];
  if (!m || m.end > prev.end || m.kind !== "person" || !isSubject(d.masked, prev.start, m)) return null;
  return {
    sentence: prev.index, verb: "", verbStart: m.start, verbEnd: m.end, subjectStart: m.start, subjectEnd: m.end,
    speakerText: actors.get(m.actor)?.name ?? m.text, actor: m.actor, actorKind: "person", inverted: false, paragraph, subjectActors: 1,
  };
}
