import type { Candidate } from "./candidate.js";
import type { Doc } from "../types.js";

// "CARDIFF, Wales (PA) — …", "LAGOS, Nigeria (NAN) -": the name in brackets after a dateline's
// town is the news agency that filed the story, whatever the tagger made of the letters.

/** A line's opening town in capitals, an optional state or country, and the bracket. */
const BEFORE = /^\s*\p{Lu}[\p{Lu}\p{M} .'’-]*(?:,\s*\p{Lu}[\p{L}\p{M}. ]*)?\s*\($/u;
const AFTER = /^\)\s*[—–-]/;

/** Candidates in a dateline's brackets: organisations. */
export function datelineAgencies(doc: Doc, cands: Candidate[]): Candidate[] {
  let out: Candidate[] | null = null;
  cands.forEach((c, i) => {
    if (c.kind === "organization") return;
    const lineStart = doc.text.lastIndexOf("\n", c.start - 1) + 1;
    if (c.start - lineStart > 60 || !BEFORE.test(doc.text.slice(lineStart, c.start)) || !AFTER.test(doc.text.slice(c.end, c.end + 4))) return;
    out ??= cands.slice();
    out[i] = { ...c, kind: "organization", country: null, role: c.role, weak: false };
  });
  return out ?? cands;
}
