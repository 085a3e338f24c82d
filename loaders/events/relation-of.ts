import type { ResolvedMention } from "../types.js";
import { isLetter } from "./letters.js";

// People defined by their relation to a name ("a critic of President X", "workers at X") are not
// the one named: the name qualifies the subject, it does not head it.

/** Nouns for people defined by their relation to someone. */
const RELATIONS = new Set(["critic", "critics", "opponent", "opponents", "rival", "rivals", "supporter", "supporters", "ally", "allies", "foe", "foes", "enemy", "enemies", "friend", "friends", "victim", "victims", "relative", "relatives", "admirer", "admirers", "detractor", "detractors", "fan", "fans"]);
/** Between "of" and the name: at most an article and capitalised title words. */
const TITLES_ONLY = /^(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u;

/** A relation noun and "of" before the name ("critic of President X"), read from the nearest " of " back. */
export function relationOf(text: string, m: ResolvedMention, floor: number): boolean {
  const of = text.lastIndexOf(" of ", m.start - 4);
  if (of < 0 || of < floor || of < m.start - 60) return false;
  let ws = of;
  while (ws > floor && isLetter(text.charCodeAt(ws - 1))) ws--;
  return RELATIONS.has(text.slice(ws, of).toLowerCase()) && TITLES_ONLY.test(text.slice(of + 4, m.start));
}

/** People who work for a body, before "at" or "of" it: "workers at state rail operator X" strike as themselves, not as X. */
const EMPLOYEES_BEFORE = /\b(?:workers|employees|staff|miners|pilots|drivers|nurses|doctors|dockers|crew|crews)\s+(?:at|of)\s+(?:the\s+)?(?:\p{Ll}+\s+){0,3}$/u;
export const employeesOf = (text: string, m: ResolvedMention, floor: number) => m.kind !== "person" && EMPLOYEES_BEFORE.test(text.slice(Math.max(floor, m.start - 60), m.start));
