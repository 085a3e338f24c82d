import type { ActorRow, ResolvedMention } from "../types.js";
import type { QuoteSpan } from "./marks.js";
import type { Agent } from "./agent.js";

// "Shares rose after a Varnco announcement that it would close two plants “to cut costs for good.”":
// a noun of speech with its "that" clause reports what someone said as surely as a verb does; the
// speaker is the name written right before the noun (its premodifier or possessor).

const SPEECH_NOUN = /\b(?:announcement|statement|pledge|promise|claim|warning|vow|assurance|assertion|insistence|prediction|declaration|threat|contention)s?\s+that\s+[^.!?;:"“”\u2591]*$/u;
/** Between the name and the noun: nothing, or a possessive's apostrophe. */
const NAME_THEN_NOUN = /^(?:['’]s?)?\s+$/u;
/** How far back the noun may stand from the opening mark: one sentence's reach. */
const REACH = 300;

/** The named speaker of the speech noun whose "that" clause runs up to the quotation, if any. */
export function speechNounSpeaker(masked: string, q: QuoteSpan, sorted: ResolvedMention[], actors: Map<string, ActorRow>): Agent | null {
  const from = Math.max(0, q.open - REACH);
  const n = SPEECH_NOUN.exec(masked.slice(from, q.open));
  if (!n) return null;
  const at = from + n.index;
  for (let i = sorted.length - 1; i >= 0; i--) {
    const m = sorted[i]!;
    if (m.end > at) continue;
    if (!NAME_THEN_NOUN.test(masked.slice(m.end, at))) return null;
    return { actor: m.actor, speakerText: actors.get(m.actor)?.name ?? m.text };
  }
  return null;
}
