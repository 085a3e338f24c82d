import type { Doc } from "../types.js";
import type { Candidate } from "./candidate.js";
import { gazetteer } from "./gazetteer.js";
import { initials } from "./keys.js";

// "the Varnholm Coastal Shipping Authority … urged the VCSA to": an acronym the article
// writes for an organisation it names in full is that organisation, bracketed after its name or
// not. The initials are those of the name's capitalised words (keys.ts, as resolution reads them).
// An acronym the tagger read as no name at all (a MISC, a word in capitals) is taken up too, when it
// has three letters or more. An acronym the gazetteer knows ("US", "EU", "NATO") keeps its own body.

const ACRONYM = /^\p{Lu}{2,6}$/u;

/** The article's organisations of two words or more by their initials, when one name gives them. */
function byInitials(cands: Candidate[]): Map<string, Candidate | null> {
  const out = new Map<string, Candidate | null>();
  for (const c of cands) {
    if (c.kind !== "organization" || !c.name.includes(" ")) continue;
    const key = initials(c.name);
    if (key.length < 2) continue;
    const had = out.get(key);
    out.set(key, had === undefined || had?.name === c.name ? c : null);
  }
  return out;
}

/** Acronym candidates, and acronyms in the text no candidate holds, named as the organisation they abbreviate. */
export function acronymNames(doc: Doc, cands: Candidate[]): Candidate[] {
  const orgs = byInitials(cands);
  if (!orgs.size) return cands;
  const out = cands.map((c) => {
    const org = ACRONYM.test(c.text) && c.name === c.text && !gazetteer().exact.has(c.text) ? orgs.get(c.text) : undefined;
    return org ? { ...c, kind: "organization" as const, name: org.name, country: org.country ?? c.country, weak: false } : c;
  });
  return out.concat(unheldAcronyms(doc, cands, orgs)).sort((x, y) => x.start - y.start || y.end - x.end);
}

const WORD = /\b\p{Lu}{2,6}\b/gu;

/** Acronyms of the article's organisations that no candidate covers (the tagger read them as no name). */
function unheldAcronyms(doc: Doc, cands: Candidate[], orgs: Map<string, Candidate | null>): Candidate[] {
  const out: Candidate[] = [];
  // Only an acronym some organisation gives can be taken up: none of them in the text, no sentence is read.
  if (![...orgs].some(([key, org]) => org !== null && key.length >= 3 && doc.text.includes(key))) return out;
  for (const s of doc.sentences) {
    const text = doc.text.slice(s.start, s.end);
    // a line in capitals is a headline or a slug, where every word is in capitals
    if (!/\p{Ll}/u.test(text)) continue;
    for (const m of text.matchAll(WORD)) {
      const org = m[0].length >= 3 && !gazetteer().exact.has(m[0]) ? orgs.get(m[0]) : undefined;
      if (!org) continue;
      const start = s.start + m.index!, end = start + m[0].length;
      if (cands.some((c) => c.start < end && start < c.end)) continue;
      out.push({ ...org, start, end, text: m[0], sentence: s.index, via: "acronym", alias: true, weak: false });
    }
  }
  return out;
}
