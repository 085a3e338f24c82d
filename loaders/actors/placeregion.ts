import type { Doc } from "../types.js";
import type { Candidate } from "./candidate.js";

// "Riverton, Ohio", "Eastport, Ontario": a town the gazetteer lists in
// more than one country is in the country of the state, province or country named right after it,
// unless the two are members of a list of places.

const COMMA = /^\s*,\s*$/;
/** What may follow the state or country: punctuation, the sentence's end, a preposition or a time word. */
const CLOSES = /^(?:\s*(?:[,.;:!?()\]—–-]|$)|\s+(?:on|in|at|for|to|from|with|after|before|during|last|this|next|early|late|and|or)\b)/;
const LIST_GAP = /^\s*(?:,|,?\s*(?:and|or)\b)\s*$/;
const isPlace = (c: Candidate | undefined) => !!c && (c.kind === "place" || c.kind === "country");
/** "in Lisbon, Vienna, Prague and Warsaw": a member of a list of places is not followed by its region. */
const listed = (doc: Doc, a: Candidate | undefined, b: Candidate | undefined) =>
  isPlace(a) && isPlace(b) && a!.sentence === b!.sentence && LIST_GAP.test(doc.text.slice(a!.end, b!.start));

/** Places followed by ", <place or country of known country>" take that country. */
export function placesByRegion(doc: Doc, cands: Candidate[]): Candidate[] {
  let out: Candidate[] | null = null;
  for (let i = 0; i + 1 < cands.length; i++) {
    const c = cands[i]!, next = cands[i + 1]!;
    if (c.kind !== "place" || (next.kind !== "place" && next.kind !== "country") || !next.country || next.country === c.country) continue;
    if (next.sentence !== c.sentence || !COMMA.test(doc.text.slice(c.end, next.start))) continue;
    if (listed(doc, cands[i - 1], c) || listed(doc, next, cands[i + 2])) continue;
    // "in West Africa, U.K. officials said": a state that modifies the next noun begins another phrase.
    if (!CLOSES.test(doc.text.slice(next.end, next.end + 12))) continue;
    out ??= cands.slice();
    out[i] = { ...c, country: next.country };
  }
  return out ?? cands;
}
