import type { ActorRow, ResolvedMention } from "../types.js";

// A statement printed under its speaker's name, the way papers run a list of statements:
// "Following are statements by …: Ode on Thursday “…” Varn Ministry on Friday “…”". No verb
// attributes the quotation; the name and the day right before its opening mark do.

/** A name of one to four capitalised words, "on" and a day, then the opening mark (quotations masked). */
const HEADER = /(?:^|[\n.:!?'"”’\u2591])\s*((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*)\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s*[.:]?\s*$/u;

export interface Header { actor: string | null; speakerText: string }

/** The speaker heading the quotation that opens at `open`, or null when no such header precedes it. */
export function statementHeader(masked: string, open: number, mentions: ResolvedMention[], actors: Map<string, ActorRow>): Header | null {
  const from = Math.max(0, open - 80);
  const m = HEADER.exec(masked.slice(from, open));
  if (!m) return null;
  const start = from + m.index + m[0].indexOf(m[1]!), end = start + m[1]!.length;
  const named = mentions.find((x) => x.start >= start && x.end <= end);
  return named ? { actor: named.actor, speakerText: actors.get(named.actor)?.name ?? named.text } : { actor: null, speakerText: m[1]! };
}
