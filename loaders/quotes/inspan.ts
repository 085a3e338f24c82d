import type { ActorKind, ResolvedMention } from "../types.js";
import type { Span } from "./words.js";

// The mentions inside a subject, and which of them names its speaker.

const KIND_RANK: Record<ActorKind, number> = { person: 4, organization: 3, group: 3, country: 2, place: 1 };

/**
 * The mention inside the subject that best names a speaker: people over bodies over places, the
 * last on ties, but for a name's own "of" complement: in "Tellco of Varn Ltd" the head is Tellco.
 */
export function bestMention(sorted: ResolvedMention[], s: Span, text: string, ok: (m: ResolvedMention) => boolean): ResolvedMention | null {
  let best: ResolvedMention | null = null;
  for (const m of inSpan(sorted, s)) {
    if (!ok(m)) continue;
    const complement = best && best.kind === m.kind && OF_BETWEEN.test(text.slice(best.end, m.start));
    if (!best || (KIND_RANK[m.kind] >= KIND_RANK[best.kind] && !complement)) best = m;
  }
  return best;
}

const OF_BETWEEN = /^\s+of\s+$/;

/**
 * Mentions inside `s`, in order; a binary search, so a long article is not quadratic in its mentions.
 * A name ending on an abbreviation's stop ("Tellco Corp.", "Varn Ltd.") is inside a subject that
 * stops before that stop: the subject's end took it for the sentence's.
 */
export function inSpan(sorted: ResolvedMention[], s: Span): ResolvedMention[] {
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < s.start) lo = mid + 1;
    else hi = mid;
  }
  const out: ResolvedMention[] = [];
  for (let i = lo; i < sorted.length && sorted[i]!.start < s.end; i++) if (sorted[i]!.end <= s.end || endsOnStop(sorted[i]!, s)) out.push(sorted[i]!);
  return out;
}

const endsOnStop = (m: ResolvedMention, s: Span) => m.end === s.end + 1 && m.text.endsWith(".");
