import type { Candidate } from "./candidate.js";

// "the Democratic Republic of Congo … in Congo this year": after a country's full name, a shorter
// name it ends with is that country, though the gazetteer gives the bare form to a neighbour
// ("Congo" is also the Republic of the Congo's). Only when the short form is an alias, not the other
// country's own name: "South Sudan … Sudan" names two states.

/** Country candidates whose text ends an earlier country's name in the article and is only an alias of their own. */
export function countriesByEarlierName(cands: Candidate[]): Candidate[] {
  let out: Candidate[] | null = null;
  cands.forEach((c, i) => {
    if (c.kind !== "country" || c.name === c.text) return;
    const tail = ` ${c.text}`;
    let full: Candidate | undefined;
    for (const d of cands) {
      if (d.start >= c.start) break;
      if (d.kind === "country" && d.name !== c.name && d.text.endsWith(tail)) full = d;
    }
    if (!full) return;
    out ??= cands.slice();
    out[i] = { ...c, name: full.name, country: full.country };
  });
  return out ?? cands;
}
