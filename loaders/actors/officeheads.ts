import { PLACE_OFFICES, SHARED_OFFICES } from "./lexicon/offices.js";
import { OFFICE_TITLES } from "./lexicon/titles.js";

// What makes a description next to a name an office (appositionrole.ts, prenominalrole.ts).

/** Head nouns of offices: the last word of each office title, lower-cased ("minister", "executive"). */
export const HEADS = new Set(
  [...OFFICE_TITLES, ...PLACE_OFFICES, ...SHARED_OFFICES, "Commissioner", "Chief", "Prosecutor", "Correspondent", "Officer"]
    // "Secretary of State", "Chief of Staff": the head of a title with a complement is its first word.
    .filter((t) => !t.endsWith(".") && !/ (?:of|for) /.test(t))
    .map((t) => t.split(/[\s-]/).at(-1)!.toLowerCase())
    .filter((w) => w !== "major" && w !== "head"),
);

/** Words saying an office is not held now ("the former minister", "his old coach"). */
export const NOT_NOW = new Set(["former", "old", "late", "then", "ex", "outgoing", "would-be", "fellow", "another", "one"]);
