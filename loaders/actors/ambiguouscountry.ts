import type { Doc } from "../types.js";
import type { Candidate } from "./candidate.js";
import { gazetteer } from "./gazetteer.js";

// "Congo" names two states, "Georgia" a state and a US state. The gazetteer's first reading is a
// guess; the article's other places say which it means: "GOMA, Congo … Kinshasa" is the Democratic
// Republic's, "Brazzaville" the Republic's; Georgia beside Florida is the US state. Only a surface
// the gazetteer gives several countries or regions moves, and only to one of them.

const PLACE_KINDS = new Set(["city", "capital", "region"]);

/** Country candidates whose surface names several states, set to the state the article's other places lie in. */
export function countriesByContext(_doc: Doc, cands: Candidate[]): Candidate[] {
  const g = gazetteer().exact;
  const choices = (c: Candidate) => (c.kind === "country" ? (g.get(c.text)?.filter((e) => (e.kind === "country" || e.kind === "region") && e.iso3) ?? []) : []);
  if (!cands.some((c) => choices(c).length > 1)) return cands;
  const votes = new Map<string, number>();
  // a town or region votes by what the gazetteer knows of its own name, not by a country it took from the article
  // ("GOMA, Congo"); a state's own name says nothing of where the article is ("US Luxembourg" is a club)
  for (const c of cands) {
    const own = choices(c).length <= 1 ? g.get(c.text)?.find((e) => e.iso3 === c.country && PLACE_KINDS.has(e.kind)) : undefined;
    if (own && c.country) votes.set(c.country, (votes.get(c.country) ?? 0) + 1);
  }
  return cands.map((c) => {
    const options = choices(c);
    if (options.length < 2) return c;
    const best = options.reduce((x, y) => ((votes.get(y.iso3 ?? "") ?? 0) > (votes.get(x.iso3 ?? "") ?? 0) ? y : x));
    if (best.iso3 === c.country || !votes.get(best.iso3 ?? "")) return c;
    return { ...c, kind: best.kind === "region" ? "place" : "country", name: best.name, country: best.iso3 };
  });
}
