import type { ResolvedMention } from "../types.js";
import type { TriggerMatch } from "./matcher.js";
import { ORGAN_HEADS } from "./organ-heads.js";

// "Two men were arrested on Monday, police in Norland said": an arrest, a detention or an
// expulsion is a state's act, and the state organ that reports one it names no agent for is the
// one that made it. Only custody acts ("were killed, police said" names no killer), and only an
// organ whose state the attribution names ("Norlandic police", "police in Norland").

const CUSTODY = new Set(["arrest", "detention", "imprisonment", "deportation", "expulsion"]);
/** The sentence's attribution by a state organ (organ-heads.ts), after a comma: its span holds the state's mention. */
const ORGAN_SAID = new RegExp(
  String.raw`,\s*(?:the\s+)?(?:\p{Lu}[\p{L}.]+\s+)?(?:${ORGAN_HEADS.join("|")})(?:\s+(?:in|of)\s+(?:\p{Lu}[\p{L}.]+\s*){1,3})?\s+(?:said|say|says|reported|announced)\b`,
  "u",
);

/** The state whose organ reports an agentless custody act in the sentence after the trigger: its mention's index, else -1. */
export function custodyReporter(text: string, ms: readonly ResolvedMention[], t: TriggerMatch, end: number): number {
  if (t.entry.type !== "COERCE" || !CUSTODY.has(t.entry.mode)) return -1;
  const said = ORGAN_SAID.exec(text.slice(t.end, end));
  if (!said) return -1;
  const from = t.end + said.index, to = from + said[0].length;
  return ms.findIndex((m) => m.start >= from && m.end <= to && m.kind === "country");
}
