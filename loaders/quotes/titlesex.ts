import type { ActorRow, ResolvedMention } from "../types.js";
import { sexOf } from "../text/sex.js";

// "Arthur and Edna Pollard … “…,” Mr. Pollard said": a title written before a surname tells which of
// two people of that surname speaks. The actors stage may resolve the surname to the wrong one of
// them; an actor whose full name gives the other sex is not the one the title means.

const TITLE_BEFORE = /\b(Mr|Mrs|Ms|Miss)\.?\s+$/u;
/** A title right before the surname that ends the written words: "… Mr. Pollard". */
const TITLE_SURNAME = /\b(Mr|Mrs|Ms|Miss)\.?\s+\S+\s*$/u;
const TITLE_REACH = 6;

const titleSex = (title: string) => (title === "Mr" ? "m" : "f");

/** Whether the actor's full name agrees with the title written right before mention `m`, when there is one. */
export function titleFitsMention(text: string, m: ResolvedMention, actors: Map<string, ActorRow>): boolean {
  const t = TITLE_BEFORE.exec(text.slice(Math.max(0, m.start - TITLE_REACH), m.start));
  return !t || agrees(titleSex(t[1]!), actors.get(m.actor)?.name);
}

/** Whether the actor named `name` agrees with the title right before the surname `written` ends on ("Mr. Pollard"), when there is one. */
export function titleFitsName(written: string, name: string | undefined): boolean {
  const t = TITLE_SURNAME.exec(written);
  return !t || agrees(titleSex(t[1]!), name);
}

function agrees(want: "f" | "m", name: string | undefined): boolean {
  if (!name || name.trim().split(/\s+/).length < 2) return true;
  const sex = sexOf(name, true);
  return !sex || sex === want;
}
