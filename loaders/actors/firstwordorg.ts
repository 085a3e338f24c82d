import type { Candidate } from "./candidate.js";

// "outbidding Norvex Halden … Norvex, the Estovian maker of …": a two-word name the tagger read as a
// person's by its look is the organisation the article names by its first word alone. News calls a
// person by the family name, the last word, and a firm by its first. Titled and addressed persons
// ("Mr", "President") keep their kind.

const ONE_WORD = /^\S+$/u;

function firmWords(cands: Candidate[]): Set<string> {
  const out = new Set<string>();
  for (const c of cands) if (c.kind === "organization" && !c.weak && ONE_WORD.test(c.text)) out.add(c.text);
  return out;
}

/** Persons whose first word the article names an organisation by, read as that organisation. */
export function firmsByFirstWord(cands: Candidate[]): Candidate[] {
  if (!cands.some((c) => c.kind === "organization")) return cands;
  const firms = firmWords(cands);
  if (!firms.size) return cands;
  let out: Candidate[] | null = null;
  cands.forEach((c, i) => {
    if (c.kind !== "person" || c.via === "title" || c.via === "honorific") return;
    const words = c.text.split(" ");
    if (words.length < 2 || !firms.has(words[0]!)) return;
    (out ??= cands.slice())[i] = { ...c, kind: "organization", name: c.text, country: null, role: null };
  });
  return out ?? cands;
}

const GUESSES = new Set<Candidate["via"]>(["single", "tagger", "person"]);
/**
 * Heads of public bodies named for the town they serve ("the Varnel Philharmonic Orchestra", "Varnel
 * University"): the town's name alone is the town, not the body, as a firm's first word is the firm.
 */
const TOWN_BODIES = new Set([
  "University", "College", "School", "Council", "Orchestra", "Philharmonic", "Choir", "Ensemble", "Ballet", "Opera",
  "Airport", "Police", "Court", "Hospital", "Museum", "Gallery", "Library", "Cathedral", "Diocese", "Embassy",
  "Consulate", "Assembly", "Parliament", "Observatory", "Zoo",
]);

/**
 * "New phone from Varnel … Varnel Electronics said … Varnel's president": a word read alone as a
 * person's name by its look is the firm whose longer name it opens in the same article, unless the
 * article names a person in full with that word last (then it is that person's family name).
 */
export function firmsByOpeningWord(cands: Candidate[]): Candidate[] {
  const opens = new Set<string>();
  const surnames = new Set<string>();
  for (const c of cands) {
    const words = c.text.split(" ");
    if (words.length < 2 || c.weak) continue;
    if (c.kind === "organization" && c.via !== "gazetteer" && !TOWN_BODIES.has(words.at(-1)!)) opens.add(words[0]!);
    if (c.kind === "person") surnames.add(words.at(-1)!);
  }
  if (!opens.size) return cands;
  let out: Candidate[] | null = null;
  cands.forEach((c, i) => {
    if (c.kind !== "person" || c.role || !GUESSES.has(c.via) || !ONE_WORD.test(c.text) || !opens.has(c.text) || surnames.has(c.text)) return;
    (out ??= cands.slice())[i] = { ...c, kind: "organization", name: c.text, country: null, role: null };
  });
  return out ?? cands;
}
