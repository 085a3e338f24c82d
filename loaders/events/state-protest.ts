import type { ActorRow, ResolvedMention } from "../types.js";
import type { TriggerMatch } from "./matcher.js";

// "<State> protested against the violation of its sovereignty", "Foreign Minister X protested
// against the decision", "<State> summoned the ambassador to protest": a state or an office-holder
// that protests in its own name lodges a complaint (PLOVER ACCUSE, a diplomatic protest), it does
// not march. A demonstration needs a crowd: "<State>'s farmers protested", "students protested",
// "a strike called by X to protest against …" stay PROTEST, as their subject is no state itself.

/** Between a state and its verb: auxiliaries, adverbs and a weekday, nothing that could be a crowd noun. */
const SUBJECT_GAP = /^(?:\s*,\s*)?(?:\s+(?:has|have|had|also|again|formally|officially|strongly|sharply|immediately|angrily|repeatedly|already|on\s+\p{Lu}\p{Ll}+day))*\s+$/u;

/** A preposition right before the name: it names a place or a possessor, not the subject. */
const IN_PLACE = /\b(?:in|across|throughout|around|from|of|at|near|inside)\s+(?:the\s+)?$/iu;

/** A purpose infinitive ("summoned the ambassador to protest"): the protest is the earlier act's aim. */
const PURPOSE = /\bto\s+$/u;

/** Words of a crowd or of a street action: their presence makes the protest one of people. */
const CROWD =
  /\b(?:strikes?|marche[sd]|march|rall(?:y|ies)|demonstrat\w*|protesters|crowds?|students|workers|miners|farmers|people|supporters|residents|citizens|women|youths|exiles|thousands|hundreds|dozens|villagers|refugees|members|employees|staff|unions?|boycott\w*|sit-in|vigil|hunger)\b/iu;

/** Whether the protest verb is a state's or an official's complaint, not a demonstration. */
export function stateComplaint(t: TriggerMatch, text: string, sentenceStart: number, ms: ResolvedMention[], source: string | null, actors: Map<string, ActorRow>): boolean {
  if (!source || t.entry.type !== "PROTEST" || t.entry.pos !== "verb" || !t.head.startsWith("protest")) return false;
  const actor = actors.get(source);
  if (!actor || !(actor.kind === "country" || (actor.kind === "person" && actor.role))) return false;
  let m: ResolvedMention | undefined;
  for (const x of ms) if (x.actor === source && x.end <= t.start && x.start >= sentenceStart) m = x;
  if (!m) return false;
  const between = text.slice(m.end, t.start);
  // "Farmers in <State> protested": the state is a crowd's place, not the subject.
  if (CROWD.test(text.slice(sentenceStart, t.start)) || IN_PLACE.test(text.slice(Math.max(sentenceStart, m.start - 12), m.start))) return false;
  return SUBJECT_GAP.test(between) || PURPOSE.test(between);
}
