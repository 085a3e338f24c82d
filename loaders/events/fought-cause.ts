import type { TriggerMatch } from "./matcher.js";

// "militias fighting for self-rule", "a movement's fight for statehood": a struggle named by
// its goal describes a side (a background to the news), with no one on the receiving end. A
// fight "for control of" a town is a battle, and one "against" someone names its target: both stay acts.

/** "for" and a political goal, with no "against" after it in the clause. */
const CAUSE = /^\s+for\s+(?:(?:a|an|the|their|its|his|her|greater|full|more|national|political|regional|ethnic)\s+)*(?:autonomy|independence|self-rule|self-determination|freedom|liberation|sovereignty|secession|statehood|homeland|separate\s+state|independent\s+state|democracy|rights|justice|equality|recognition)\b(?![^.;]*\bagainst\b)/iu;

/** Whether a force word is a struggle named only by its goal. */
export function foughtCause(t: TriggerMatch, text: string, end: number): boolean {
  if (t.entry.type !== "ASSAULT" || !/^f(?:ight|ought)/u.test(t.head)) return false;
  return CAUSE.test(text.slice(t.headEnd, Math.min(end, t.headEnd + 200)));
}
