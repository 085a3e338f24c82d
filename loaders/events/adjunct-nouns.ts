import type { TriggerMatch } from "./matcher.js";

// "Police arrested 35 people after clashes in the capital": a fight named only as the time or
// cause of another act ("after clashes", "during fighting", "amid violence") tells no one's
// attack. With no counterpart named, the subject of the other verb is no party to it: it may
// have broken the fight up, or come after it. A fight with a counterpart ("after clashes with
// rebels") keeps its clause's subject as a side, and so does one the dead fell in ("killed in
// clashes": the fight is told, and its side is the one reporting it).

const ADJUNCT_BEFORE = /\b(?:after|during|following|amid|amidst|before)\s+(?:(?:the|several|fresh|new|renewed|heavy|fierce|violent|bloody|deadly|sporadic|street|overnight|weekend|days\s+of|hours\s+of|weeks\s+of)\s+)*$/iu;

/** Whether a noun of fighting stands as another act's adjunct with no counterpart of its own. */
export function adjunctFight(t: TriggerMatch, text: string, from: number, target: string | null): boolean {
  // A verb row's "-s" or "-ing" form after a preposition is read as its noun ("after clashes", "during fighting").
  if (t.entry.type !== "ASSAULT" || target || (t.entry.pos === "verb" && !/(?:s|ing)$/u.test(t.head))) return false;
  return ADJUNCT_BEFORE.test(text.slice(Math.max(from, t.start - 50), t.start));
}
