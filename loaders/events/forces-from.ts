// "Troops from Norland clashed with …", "Hundreds of soldiers from Norland crossed …": forces
// named by where they come from are that state's forces, as "Norland's troops" are. Only when the
// forces' phrase opens the clause (the subject), so "Estovia attacked troops from Norland" keeps
// its own subject, and only for armed organs: "tourists from Norland" are private people.

/** The clause opening: a count or article, at most two modifiers, an armed organ, then "from (the)". */
const FORCES_FROM = /^\s*(?:(?:the|some|about|more\s+than|over|nearly|several|thousands\s+of|hundreds\s+of|dozens\s+of|[\d,.]+(?:\s+(?:thousand|million))?)\s+)*(?:\p{Ll}[\p{Ll}-]*\s+){0,2}?(?:troops|soldiers|forces|units|battalions|brigades|paratroopers|marines|warplanes|warships|jets|drones|tanks|artillery)\s+from\s+(?:the\s+)?$/iu;

/** "Troops from Norland and Estovia clashed": between "from" and a later state, the states named before it. */
const CONJUNCT = /^(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:\s*,\s*(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})*,?\s+(?:and|or)\s+(?:the\s+)?$/u;

const FROM = /\bfrom\s+/i;

/** Whether the name at `start` is a state the clause-opening forces come from. */
export function forcesFrom(text: string, floor: number, start: number): boolean {
  return start - floor < 90 && FORCES_FROM.test(text.slice(floor, start));
}

/** Whether the name at `start` is a later conjunct of the states the clause-opening forces come from. */
export function forcesFromConjunct(text: string, floor: number, start: number): boolean {
  if (start - floor >= 140) return false;
  const before = text.slice(floor, start);
  const from = FROM.exec(before);
  if (!from) return false;
  const after = from.index + from[0].length;
  return FORCES_FROM.test(before.slice(0, after)) && CONJUNCT.test(before.slice(after));
}
