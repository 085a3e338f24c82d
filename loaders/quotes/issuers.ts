import type { ActorRow, ActorKind, ResolvedMention } from "../types.js";
import { bestMention } from "./inspan.js";
import { DOCUMENTS } from "./speakerwords.js";
import { matchesOf } from "../text/matches.js";

// A statement, a communiqué or a letter speaks for whoever issued it: "X issued a statement …
// “…,” the statement said", "“…,” said a statement issued by X". The issuer is named in the text,
// so the document is credited to that name, not to whoever spoke last.

export interface Issuer { actor: string; kind: ActorKind; text: string }
export interface IssuedAt { issuer: Issuer; verb: number }

const NOUNS = [...DOCUMENTS].join("|");
/** "issued a statement", "released a two-page communique": a verb of putting a document out, then the document. */
const ISSUED = new RegExp(`\\b(?:issued|released|published|put out|sent out|distributed|read out)\\s+(?:a|an|the|its|their|his|her)\\s+(?:[\\p{L}-]+\\s+){0,3}?(${NOUNS})\\b`, "giu");
/** "… issued by X", "… from X" right after the document's noun phrase. */
const BY_AFTER = /^\s+(?:(?:issued|released|published|signed|sent|distributed)\s+by|from|by)\s+(?:the\s+)?/iu;
const SENTENCE_START = /[.!?\n][^.!?\n]*$/u;
const REACH = 2000;

const issuerOf = (m: ResolvedMention | null, actors: Map<string, ActorRow>): Issuer | null =>
  m ? { actor: m.actor, kind: m.kind, text: actors.get(m.actor)?.name ?? m.text } : null;

/** "a statement issued by X": the actor named right after the document's noun phrase ending at `end`. */
export function issuerAfter(text: string, sorted: ResolvedMention[], end: number, actors: Map<string, ActorRow>): Issuer | null {
  const by = BY_AFTER.exec(text.slice(end, end + 40));
  if (!by) return null;
  const at = end + by[0].length;
  return issuerOf(sorted.find((m) => m.start === at) ?? null, actors);
}

/**
 * "X issued a statement …" before `at`: the subject of the last such clause putting out a `noun`,
 * the best-ranked actor between its sentence's start and the verb, and where the verb is; null
 * when none is named.
 */
export function issuerBefore(text: string, sorted: ResolvedMention[], noun: string, at: number, actors: Map<string, ActorRow>): IssuedAt | null {
  const from = Math.max(0, at - REACH);
  const window = text.slice(from, at);
  let verb = -1;
  for (const m of matchesOf(ISSUED, window)) if (m[1]!.toLowerCase() === noun) verb = from + m.index;
  if (verb < 0) return null;
  const head = text.slice(Math.max(0, verb - 300), verb);
  const cut = SENTENCE_START.exec(head);
  const start = verb - head.length + (cut ? cut.index + 1 : 0);
  const issuer = issuerOf(bestMention(sorted, { start, end: verb }, text, () => true), actors);
  return issuer && { issuer, verb };
}
