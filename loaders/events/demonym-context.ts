import { demonymIso } from "./demonyms.js";

// "a Russian attack on", "Israeli air strikes": the words before an attack noun that make a demonym
// its agent, and the form after them a noun (read by the matcher, before any role reading).

/** The acts whose agent a demonym before their noun names ("Albanian protests" are a people's, not a state's). */
export const AGENT_OF = new Set(["ASSAULT", "COERCE"]);

/** Modifiers that may stand between the demonym and the attack noun: its means, scale or time. */
export const MODIFIER = "air|missile|missiles|drone|rocket|artillery|ground|naval|military|cross-border|border|mortar|night|new|fresh|latest|overnight|deadly|massive|heavy|renewed|joint|surprise";

const DEMONYM_CONTEXT = new RegExp(`(?:^|[^\\p{L}'’-])(?:(?:[Aa]n?|[Tt]he)\\s+)?(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)?)\\s+(?:(?:${MODIFIER})\\s+){0,2}$`, "u");

/**
 * "a Russian attack on", "Israeli air strikes": a form both a verb and a noun is a noun right
 * after a demonym (and the means or scale of the act): a demonym is an adjective, never the subject.
 */
export function afterDemonym(text: string, start: number, type: string): boolean {
  if (!AGENT_OF.has(type)) return false;
  const m = DEMONYM_CONTEXT.exec(text.slice(Math.max(0, start - 40), start));
  if (!m) return false;
  return !!(demonymIso(m[1]!) ?? demonymIso(m[1]!.split(/\s+/u).at(-1)!));
}
