import { demonymIso, isPrivatePersonNoun } from "./demonyms.js";
import type { TriggerMatch } from "./matcher.js";
import { OFFICE } from "./offices.js";

// "Azerbaijan shelled Armenian villages", "Iran seized a British tanker", "threatened to strike
// Iranian nuclear sites": the state acted on is named only by the demonym before the object's
// noun. The actors stage makes no mention of such a demonym, and demonyms.ts reads one only
// before a state organ ("Armenian troops"). Here a demonym
// in the object slot of an act done to someone names the target when no other object does.

/** Acts whose direct object is who is acted on: the thing sent or signed (AID, SUPPORT, AGREE…) names no target. */
const ACTED_ON = new Set(["ASSAULT", "COERCE", "THREATEN", "SANCTION", "ACCUSE", "REJECT"]);

/**
 * The object slot right after the verb or noun: an optional infinitive ("to strike") or "against", "to", "on",
 * then up to three determiners, numbers or modifiers, then the demonym (one or two words) and
 * the lower-case noun it modifies. A clause or a preposition in between ends the slot.
 */
const SLOT =
  /^\s+(?:to\s+\p{Ll}+\s+)?(?:(against|to|on)\s+)?((?:(?!(?:and|or|but|with|by|for|of|in|on|at|from|into|near|that|which|who|as|after|before|during|while|over)\s)[\p{Ll}\p{N}][\p{L}\p{N},-]*\s+){0,3})(?=(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\s+(\p{Ll}[\p{L}-]*))/u;

/**
 * The state a demonym in the object slot of an act done to someone names, when that state is an
 * actor of the tables: read only for the target, never as a mention a later verb could take as its
 * subject ("seized a Sudanese airliner and forced it to land" is not Sudan forcing anyone).
 */
export function demonymObject(text: string, t: TriggerMatch, limit: number, countryOfIso: Map<string, string>): string | null {
  const released = t.entry.type === "CONCEDE";
  if ((!ACTED_ON.has(t.entry.type) && !released) || t.headEnd >= limit) return null;
  const slot = SLOT.exec(text.slice(t.headEnd, Math.min(limit, t.headEnd + 100)));
  // "freed three <demonym> prisoners of war": captives a state gets back are that state's.
  if (released) return slot && CAPTIVES.test(slot[4]!) ? stateOf(slot[3]!, countryOfIso) : null;
  // "arrested three Greek fishermen", "detained a former Rwandan mayor": people, whom the gold codes by name or not at all.
  if (!slot || isPrivatePersonNoun(slot[4]!) || OFFICE.test(slot[4]!)) return null;
  // A verb's direct object, or a noun's own target phrase ("an attack on Armenian positions").
  if (t.entry.pos === "verb" ? !t.entry.frame.targets.includes("obj") : !slot[1] || slot[1] === "to") return null;
  return stateOf(slot[3]!, countryOfIso);
}

/** Soldiers and captives a state takes back when another releases them. */
const CAPTIVES = /^(?:prisoners|soldiers|servicemen|sailors|seamen|troops|captives|detainees|POWs|crew|crews|pilots|fishermen)$/u;

/** The actor state of a demonym (one or two words), the longer demonym first ("North Korean"). */
function stateOf(words: string, countryOfIso: Map<string, string>): string | null {
  const iso = demonymIso(words) ?? demonymIso(words.split(/\s+/u)[0]!);
  return iso ? (countryOfIso.get(iso) ?? null) : null;
}
