import { demonymIso, isPrivatePersonNoun } from "./demonyms.js";
import type { TriggerMatch } from "./matcher.js";
import { OFFICE } from "./offices.js";

// "withdrew its troops from the Georgian border", "closed its airspace to Armenian flights": the
// state a withdrawal leaves or a closure shuts out is named only by a demonym in the trigger's own
// target phrase, which no mention covers. object-demonyms.ts reads the direct object only.

/** Acts whose prepositional target is who is acted on or left: a withdrawal, a closure, an attack. */
const ACTED_ON = new Set(["ASSAULT", "COERCE", "THREATEN", "SANCTION", "RETREAT"]);

/** Words that end the trigger's own phrase before its target preposition. */
const BREAK = /[,;:()"“”]|\b(?:and|or|but|that|which|who|after|before|while|when|because|as)\b/iu;

/** One pattern per set of target prepositions, compiled once: a trigger's frame names few sets. */
const PHRASE_AT = new Map<string, RegExp>();

function phraseAt(preps: string): RegExp {
  let re = PHRASE_AT.get(preps);
  if (!re) PHRASE_AT.set(preps, (re = new RegExp(`^((?:\\s+[\\p{L}\\p{N}'’-]+){0,4}?)\\s+(?:${preps})\\s+((?:(?:the|a|an|its|their|\\p{Ll}[\\p{L}-]*)\\s+){0,2}?)(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)?)\\s+(\\p{Ll}[\\p{L}-]*)`, "u")));
  return re;
}

/**
 * The state a demonym after the trigger's own target preposition names: the preposition within a
 * few words of the trigger, then up to two determiners or modifiers, the demonym and a lower-case
 * noun ("from the Georgian border"). Private persons and office holders name no state.
 */
export function demonymInPhrase(text: string, t: TriggerMatch, limit: number, countryOfIso: Map<string, string>): string | null {
  const preps = t.entry.frame.targets.filter((p) => p !== "obj" && p !== "with");
  if (!ACTED_ON.has(t.entry.type) || !preps.length || t.end >= limit) return null;
  const rest = text.slice(t.end, Math.min(limit, t.end + 80));
  const at = phraseAt(preps.join("|")).exec(rest);
  if (!at || BREAK.test(at[1]!) || isPrivatePersonNoun(at[4]!) || OFFICE.test(at[4]!)) return null;
  const words = at[3]!;
  const iso = demonymIso(words) ?? demonymIso(words.split(/\s+/u)[0]!);
  return iso ? (countryOfIso.get(iso) ?? null) : null;
}
