import type { Doc } from "../types.js";
import type { Candidate } from "./candidate.js";
import { gazetteer } from "./gazetteer.js";

// "Congo" names two states. The gazetteer's first reading is a guess; the article's other places
// say which it means: "GOMA, Congo … Kinshasa" is the Democratic Republic's, "Brazzaville" the
// Republic's. Only a surface the gazetteer gives several countries moves, and only to one of them.

/** Country candidates whose surface names several states, set to the state the article's other places lie in. */
export function countriesByContext(_doc: Doc, cands: Candidate[]): Candidate[] {
  const g = gazetteer().exact;
  const choices = (c: Candidate) => (c.kind === "country" ? (g.get(c.text)?.filter((e) => e.kind === "country") ?? []) : []);
  if (!cands.some((c) => choices(c).length > 1)) return cands;
  const votes = new Map<string, number>();
  // a place votes by what the gazetteer knows of its own name, not by a country it took from the article ("GOMA, Congo")
  for (const c of cands) {
    const own = choices(c).length <= 1 ? g.get(c.text)?.find((e) => e.iso3 === c.country) : undefined;
    if (own && c.country) votes.set(c.country, (votes.get(c.country) ?? 0) + 1);
  }
  return cands.map((c) => {
    const options = choices(c);
    if (options.length < 2) return c;
    const best = options.reduce((x, y) => ((votes.get(y.iso3 ?? "") ?? 0) > (votes.get(x.iso3 ?? "") ?? 0) ? y : x));
    return best.iso3 === c.country || !votes.get(best.iso3 ?? "") ? c : { ...c, name: best.name, country: best.iso3 };
  });
}
