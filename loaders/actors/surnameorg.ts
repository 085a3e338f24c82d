import type { Candidate } from "./candidate.js";

// "Martti Ahtisaari … the group Ahtisaari founded in 2000": a word read as an organisation because a
// noun of bodies stands before it ("the group X") is the person the article names in full with that
// surname, the subject of a clause the noun heads, not the body's name.

/** Organisations read by the noun before them whose word is the surname of exactly one person named in full. */
export function surnamesNotBodies(cands: Candidate[]): Candidate[] {
  if (!cands.some((c) => c.via === "media" && !c.name.includes(" "))) return cands;
  const full = new Map<string, Set<string>>();
  for (const c of cands) {
    const words = c.kind === "person" ? c.name.trim().split(/\s+/) : [];
    if (words.length > 1) (full.get(words.at(-1)!) ?? full.set(words.at(-1)!, new Set()).get(words.at(-1)!)!).add(c.name);
  }
  return cands.map((c) => {
    const names = c.via === "media" ? full.get(c.name) : undefined;
    return names?.size === 1 ? { ...c, kind: "person", name: [...names][0]!, country: null } : c;
  });
}
