import type { Candidate } from "./candidate.js";
import { gazetteer } from "./gazetteer.js";
import { BODY_HEADS } from "./organd.js";

// "Real Ostrava beat Tamsa United … Ostrava scored twice": a club or firm named for its town is named
// by the town alone once the article has named it. Where the tagger reads the bare town as an
// organisation in its sentence and the article has named exactly one organisation earlier with that
// town as its first or last word ("Real Ostrava", "Ostrava Steelworks"), the town stands for it.
// The town read as a place keeps that reading: only the organisation reading follows the full name.

const MAX_WORDS = 3;
/** Words that make another place of the town ("South Dublin" is no club of Dublin's). */
const OTHER_PLACE = new Set(["North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "New", "Upper", "Lower", "Greater", "Central", "Port"]);

/** A club's or a firm's name around the town; not another place, nor a public body of the town ("… Stock Exchange", "… Council"). */
const namedFor = (words: string[], word: string) =>
  (words[0] === word || words.at(-1) === word) && !words.some((w) => OTHER_PLACE.has(w)) && !BODY_HEADS.has(words.at(-1)!);

function fullNameFor(town: Candidate, orgs: Candidate[]): string | null {
  const word = town.name.trim();
  let name: string | null = null;
  for (const d of orgs) {
    const words = d.name.trim().split(/\s+/);
    if (d.start >= town.start || words.length < 2 || words.length > MAX_WORDS || !namedFor(words, word)) continue;
    if (name !== null && name !== d.name) return null;
    name = d.name;
  }
  return name;
}

/** The article's candidates with a known town read as an organisation renamed to the one organisation named for it. */
export function orgTownShortNames(cands: Candidate[]): Candidate[] {
  const orgs = cands.filter((c) => c.kind === "organization" && c.name.trim().includes(" "));
  if (!orgs.length) return cands;
  return cands.map((c) => {
    if (c.kind !== "organization" || c.name.trim().includes(" ") || !gazetteer().exact.has(c.name.trim())) return c;
    const name = fullNameFor(c, orgs);
    return name ? { ...c, name } : c;
  });
}
