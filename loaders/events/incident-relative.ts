import type { ResolvedMention } from "../types.js";
import type { TriggerMatch } from "./matcher.js";
import { endsWithWord, endsWithWordThenOne } from "../text/ending.js";

// "Police arrested a man over a shooting at a school that killed ten people": the subject of
// "killed" is the relative pronoun, and its antecedent is the incident, not anyone named before
// it. An incident whose own phrase names no actor ("an Estovian air strike that killed …" does)
// tells no doer, so the main clause's subject is not one; nor is it when a thing or a disaster
// is the subject of the predicate the trigger is coordinated with ("the roof collapsed and killed 15").

/** An incident noun, an optional place phrase on it, then "that"/"which" right before the trigger. */
const INCIDENT_RELATIVE =
  /\b(?:shootings?|stabbings?|bombings?|blasts?|explosions?|attacks?|fires?|blazes?|crash(?:es)?|collisions?|stampedes?|rampages?|ambush(?:es)?|violence|riots?|clashes|fighting|unrest|incidents?|accidents?|collapses?|storms?|floods?|earthquakes?|quakes?|landslides?|outbreaks?)(?:\s+(?:at|in|on|near|outside|inside|during)(?:\s+[\p{L}\p{N}'’-]+){1,4}?){0,2}\s+(?:that|which)\s+(?:(?:also|later|reportedly|allegedly)\s+)?$/iu;

/** "a station roof collapsed and killed 15": a thing or a disaster as the subject of the predicate coordinated before. */
const THING_COORDINATED =
  /\b(?:roofs?|buildings?|bridges?|dams?|walls?|towers?|ceilings?|stands?|buses|bus|trains?|cars?|trucks?|lorr(?:y|ies)|planes?|aircraft|helicopters?|boats?|ships?|ferr(?:y|ies)|bombs?|mines?|fires?|blazes?|storms?|quakes?|earthquakes?|floods?|landslides?|mudslides?|avalanches?|blasts?|explosions?|tornado(?:e?s)?|hurricanes?|typhoons?|cyclones?)\s+(?:(?:later|then|suddenly|partly|partially)\s+)?\p{Ll}+ed\s+(?:[\p{L}\p{N}'’-]+\s+){0,4}?and\s+$/iu;

/** Where the incident's noun phrase starts: its determiner or the preposition before it. */
const PHRASE_START = /\b(?:a|an|the|over|after|in|for|by|of|about)\s+(?:[\p{L}\p{N}'’-]+\s+){0,4}$/iu;

/** The words the two patterns above end on ("and"; "that" or "which" and at most one word), tested without a regex. */
const RELATIVE = ["that", "which"] as const;

const LOCATIVE_BEFORE = /\b(?:in|at|near|outside|inside)\s+(?:the\s+)?$/iu;

/** Whether a verb trigger's subject is an incident's relative pronoun naming no actor, or a thing coordinated before it. */
export function incidentRelative(t: TriggerMatch, text: string, from: number, ms: readonly ResolvedMention[]): boolean {
  if (t.entry.pos !== "verb") return false;
  const before = text.slice(Math.max(from, t.start - 120), t.start);
  // both patterns end on a word every match must hold: a cheap test first, as most triggers have neither
  if (endsWithWord(before, "and") && THING_COORDINATED.test(before.slice(-80))) return true;
  const m = endsWithWordThenOne(before, RELATIVE) ? INCIDENT_RELATIVE.exec(before) : null;
  if (!m) return false;
  const nounAt = t.start - before.length + m.index;
  const lead = PHRASE_START.exec(text.slice(Math.max(from, nounAt - 60), nounAt));
  const phraseStart = lead ? nounAt - (Math.min(nounAt - from, 60) - lead.index) : nounAt;
  // A place named on the incident ("at a school in <town>", "in <country>") is where, not who.
  return !ms.some((x) => x.kind !== "place" && x.start >= phraseStart && x.end <= t.start && !LOCATIVE_BEFORE.test(text.slice(Math.max(0, x.start - 12), x.start)));
}
