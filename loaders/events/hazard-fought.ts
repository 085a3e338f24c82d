import type { TriggerMatch } from "./matcher.js";

// "sent firefighters to battle more than 400 fires", "help <State> fight the blazes", "is battling an
// outbreak of cholera": a fire, a flood or a disease fought is a hazard, not an enemy; no force is used
// on anyone. General English nouns of hazards only.

const FOUGHT = /^(?:fight|fought|battl|combat|tackl)/u;

const HAZARD_OBJECT =
  /^\s+(?:(?:back\s+)?against\s+)?(?:(?:the|a|an|more\s+than|over|nearly|almost|about|some|dozens\s+of|hundreds\s+of|\d[\d,]*|huge|massive|raging|deadly|fierce|wild|forest|bush|brush|grass|several|many|two|three|four|five|new|fresh|its|their|an\s+outbreak\s+of|outbreaks\s+of)\s+)*(?:fires?|blazes?|flames|wildfires?|bushfires?|floods?|flooding|floodwaters|outbreaks?|epidemics?|pandemic|virus|disease|infections?|cholera|measles|malaria|ebola|dengue|drought|locusts|pests)\b/iu;

/** Whether a fight's object is a fire, a flood or a disease. */
export function hazardFought(t: TriggerMatch, text: string, end: number): boolean {
  if (t.entry.type !== "ASSAULT" || t.entry.pos !== "verb" || !FOUGHT.test(t.head)) return false;
  return HAZARD_OBJECT.test(text.slice(t.headEnd, Math.min(end, t.headEnd + 100)));
}
