import type { ResolvedMention } from "../types.js";
import type { TriggerMatch } from "./matcher.js";
import { ORGAN_HEADS } from "./organ-heads.js";

// "Two men were arrested on Monday, police in Norland said": an arrest, a detention or an
// expulsion is a state's act, and the state organ that reports one it names no agent for is the
// one that made it; so is a criminal charge or an indictment ("was charged with treason,
// prosecutors said"). Only these acts ("were killed, police said" names no killer), and only an
// organ whose state the attribution names ("Norlandic police", "police in Norland"), after the act
// or opening the sentence as the reporter of the clause that tells it ("Norlandic police said two
// men were arrested"): the gold guide's "otherwise the state" for an act whose doer is not named.

const CUSTODY = new Set(["arrest", "detention", "imprisonment", "deportation", "expulsion"]);
/** Accusations only a state's organs make: a criminal charge, an indictment. */
const LEGAL = new Set(["charges", "indictment"]);

/** An act a state does through its organs when the text names no one doing it: custody, a criminal charge. */
export const stateAct = (t: TriggerMatch) => (t.entry.type === "COERCE" && CUSTODY.has(t.entry.mode)) || (t.entry.type === "ACCUSE" && LEGAL.has(t.entry.mode));
/** The sentence's attribution by a state organ (organ-heads.ts), after a comma: its span holds the state's mention. */
const ORGAN_SAID = new RegExp(
  String.raw`,\s*(?:the\s+)?(?:\p{Lu}[\p{L}.]+\s+)?(?:${ORGAN_HEADS.join("|")})(?:\s+(?:in|of)\s+(?:\p{Lu}[\p{L}.]+\s*){1,3})?\s+(?:said|say|says|reported|announced)\b`,
  "u",
);

/** The same organ opening the sentence as the reporter of the clause with the act: "Norlandic police said (on Monday) (that) …". */
const ORGAN_SAID_BEFORE = new RegExp(
  String.raw`^\s*(?:the\s+)?(?:\p{Lu}[\p{L}.]+\s+)?(?:${ORGAN_HEADS.join("|")})(?:\s+(?:in|of)\s+(?:\p{Lu}[\p{L}.]+\s*){1,3})?\s+(?:said|say|says|reported|announced)\b(?:\s+on\s+\p{Lu}\p{Ll}+)?(?:\s+that)?\s+[^,;:"“”]*$`,
  "u",
);

/** The state whose organ reports an agentless custody act in its sentence, after the trigger or opening the sentence: its mention's index, else -1. */
export function custodyReporter(text: string, ms: readonly ResolvedMention[], t: TriggerMatch, end: number, sentenceStart = t.start): number {
  if (!stateAct(t)) return -1;
  const after = ORGAN_SAID.exec(text.slice(t.end, end));
  const opening = text.slice(sentenceStart, t.start);
  // "Police said …", "The Norlandic authorities said …": the sentence's capital is no name's.
  const before = after ? null : (ORGAN_SAID_BEFORE.exec(opening) ?? ORGAN_SAID_BEFORE.exec(opening.replace(/^(\s*)(\p{Lu})/u, (_, s: string, c: string) => s + c.toLowerCase())));
  if (!after && !before) return -1;
  const from = after ? t.end + after.index : sentenceStart + before!.index;
  const to = after ? from + after[0].length : from + /\b(?:said|says?|reported|announced)\b/u.exec(before![0])!.index + 1;
  return ms.findIndex((m) => m.start >= from && m.end <= to && m.kind === "country");
}
