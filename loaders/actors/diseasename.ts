import type { Doc } from "../types.js";
import type { Candidate } from "./candidate.js";

// "an outbreak of Marburg virus", "Lassa fever", "Lyme disease": a disease named after a place or a
// person is neither, in that article, wherever its name stands alone ("Marburg outbreaks"). A country
// keeps its reading: "Congo fever" does not unmake Congo.

/** "Lassa fever", and a person's possessive before a disease or syndrome ("Vellin's disease"). */
const AFTER = /^(?:\s+(?:virus|viruses|fever|disease)|['’]s\s+(?:disease|syndrome))\b/u;

/** The candidates without the names the article gives diseases. */
export function withoutDiseases(doc: Doc, cands: Candidate[]): Candidate[] {
  let names: Set<string> | null = null;
  for (const c of cands) if (c.kind !== "country" && AFTER.test(doc.text.slice(c.end, c.end + 12))) (names ??= new Set()).add(c.text);
  return names ? cands.filter((c) => c.kind === "country" || !names!.has(c.text)) : cands;
}
