import { lexiconTags } from "../text/compromise.js";

// "attacked the ruling as unjust", "attacked Norland as a rogue state": an attack that calls its
// object something is a verbal one. Force takes no such complement; an "as" after a force verb
// opens a clause of time ("attacked the convoy as it crossed the river"), which a pronoun,
// determiner or name follows, not an adjective or "a"/"an".

/** The object (a few words, no punctuation) and "as" with the word after it. */
const OBJECT_AS = /^\s+(?:[\p{L}'’-]+\s+){1,5}?as\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?/u;
/** Endings of English adjectives of judgement ("illegal", "provocative", "irresponsible", "dangerous"). */
const ADJECTIVE_ENDING = /(?:ous|ive|ible|able|al|ic|ful|less|ory|ant|ent|ist|ane)$/u;

/** Whether the words after an attack verb characterise its object: "… it as cruel", "… them as a betrayal". */
export function attackedAs(after: string): boolean {
  const m = OBJECT_AS.exec(after);
  if (!m) return false;
  const word = m[1]!;
  // "as soon as", "as long as": a comparison of time or degree, no judgement.
  if (m[2] === "as") return false;
  if (word === "a" || word === "an") return m[2] !== "result";
  const tags = lexiconTags(word);
  if (tags.includes("Adjective")) return true;
  return tags.length === 0 && ADJECTIVE_ENDING.test(word);
}
