import type { Doc } from "../types.js";
import type { Candidate } from "./candidate.js";
import { STATE_BY_AP_FORM } from "./lexicon/abbreviations.js";

// "SAN JOSE, Calif. —", "Riverton, N.Y.": after a town and a comma, an AP abbreviation names a
// US state. Read as the state (its name and country), it lets placeregion.ts put the town in the
// USA rather than in the country the gazetteer gives a town of that name. Only after a comma and
// with its own stop: "Miss", "Ore" or "Mass" on their own are other words.

const AFTER_TOWN = /\p{L}\.?,\s*$/u;

/** The state an abbreviation at [start, end) names, when the text writes it the AP's way after a town. */
function stateAt(doc: Doc, c: Candidate): string | null {
  const form = c.text.endsWith(".") ? c.text : doc.text[c.end] === "." ? `${c.text}.` : null;
  const state = form ? STATE_BY_AP_FORM.get(form) : undefined;
  return state && AFTER_TOWN.test(doc.text.slice(Math.max(0, c.start - 40), c.start)) ? state : null;
}

/** Place candidates that are an abbreviated US state after a town take the state's name and country. */
export function statesByAbbreviation(doc: Doc, cands: Candidate[]): Candidate[] {
  let out: Candidate[] | null = null;
  cands.forEach((c, i) => {
    if (c.kind !== "place" || c.country) return;
    const state = stateAt(doc, c);
    if (!state) return;
    out ??= cands.slice();
    out[i] = { ...c, name: state, country: "USA" };
  });
  return out ?? cands;
}
