import type { ActorRow, ResolvedMention } from "../types.js";
import { bestMention } from "./inspan.js";
import type { QuoteSpan } from "./marks.js";

// "files regarded as “restricted” by the Varn authorities, a spokesman said": words a passive
// naming verb puts in quotation marks are its agent's, the one after "by", not the reporter's
// source who tells of them.

/**
 * A participle that names or describes, then "as", right before the opening mark: with no object
 * between, passive ("classified as") — an active verb takes its object first ("classified the
 * sites as"), and "denounced “crimes” by the army" names the perpetrators, not who spoke.
 */
const NAMED_BEFORE = /\b(?:described|classified|termed|labelled|labeled|branded|characteri[sz]ed|regarded|viewed|seen)\s+as\s+(?:an?\s+)?$/iu;
/** "by" right after the closing mark, then the agent's phrase up to a stop or comma. */
const BY_AFTER = /^\s*,?\s*by\s+([^,.;:!?"“”\n]{1,60})/u;

export interface Agent { actor: string; speakerText: string }

/** The agent of the passive naming verb that governs the quotation, when one is named after "by". */
export function passiveAgent(text: string, q: QuoteSpan, sorted: ResolvedMention[], actors: Map<string, ActorRow>): Agent | null {
  if (!NAMED_BEFORE.test(text.slice(Math.max(0, q.open - 40), q.open))) return null;
  const by = BY_AFTER.exec(text.slice(q.close, q.close + 80));
  if (!by) return null;
  const start = q.close + by[0].length - by[1]!.length;
  const m = bestMention(sorted, { start, end: start + by[1]!.length }, text, () => true);
  return m ? { actor: m.actor, speakerText: actors.get(m.actor)?.name ?? m.text } : null;
}
