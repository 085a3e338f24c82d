import { lexiconTags } from "../text/compromise.js";
import type { Candidate } from "./candidate.js";
import { gazetteer } from "./gazetteer.js";
import { ORG_INNER, ORG_SUFFIXES } from "./lexicon/orgs.js";

// "Brookfield Rovers … Rovers denied wrongdoing", "the Harbour Workers' Association … the Association
// said": after its full name, an organisation is named by its last word. On its own the word reads as a
// person's name or a place; within the article it is that organisation. Only when one full name ends on
// the word, no person of the article bears it as a name, and the gazetteer does not know it as a place
// or body of its own ("Real Madrid … Madrid" leaves the city).

const WORD = /^\p{Lu}[\p{Ll}'’]+$/u;
const NAME_TAGS = ["MaleName", "FemaleName", "FirstName", "LastName", "Person", "ProperNoun", "Place", "City", "Country"];
/** A word the lexicon lists as an ordinary English word, not as a name. */
function commonWord(word: string): boolean {
  const tags = lexiconTags(word.toLowerCase());
  return tags.length > 0 && !tags.some((t) => NAME_TAGS.includes(t));
}
const lastWord = (name: string) => name.trim().split(/\s+/).at(-1) ?? "";

/** The article's candidates with each bare last word of one earlier organisation's name taken as that organisation. */
export function orgLastWords(cands: Candidate[]): Candidate[] {
  let out: Candidate[] | null = null;
  // Each name's last word is read once per article, not once for every candidate it is compared with.
  const lasts = new Map<string, string>();
  const last = (name: string) => {
    let w = lasts.get(name);
    if (w === undefined) lasts.set(name, (w = lastWord(name)));
    return w;
  };
  cands.forEach((c, i) => {
    if ((c.kind !== "person" && c.kind !== "organization") || c.role || !WORD.test(c.text) || c.name !== c.text) return;
    // a body's head word alone ("Federation chairman X") is no one's name, though the lexicon may not list it
    if (gazetteer().exact.has(c.text)) return;
    // a word read as a person is a body's only after a club's name ("Real Marlow … Marlow's Ana Lima"), whose other word says team
    const guarded = c.kind === "person" && !commonWord(c.text) && !ORG_SUFFIXES.has(c.text);
    let full: Candidate | null = null;
    for (const d of cands) {
      if (d.start >= c.start) break;
      if (d.kind === "person" && d.name.includes(" ") && last(d.name) === c.text) return;
      if (d.kind !== "organization" || !d.name.includes(" ") || last(d.name) !== c.text) continue;
      if (full && full.name !== d.name) return;
      full = d;
    }
    if (full && guarded && !full.name.split(/\s+/).some((w) => ORG_INNER.has(w))) return;
    if (!full || cands.some((d) => d.kind === "person" && d !== c && d.start > c.start && d.name.includes(" ") && last(d.name) === c.text)) return;
    out ??= cands.slice();
    out[i] = { ...c, kind: "organization", name: full.name, country: full.country, weak: false };
  });
  return out ? withCapitals(out, cands) : cands;
}

/** The same word set in capitals (a headline's "ROVERS") names the same organisation as its mixed-case spelling. */
function withCapitals(out: Candidate[], cands: Candidate[]): Candidate[] {
  const renamed = new Map<string, Candidate>();
  out.forEach((c, i) => c !== cands[i] && renamed.set(c.text.toUpperCase(), c));
  return out.map((c) => {
    const r = c.kind === "organization" && c.name === c.text && !/\p{Ll}/u.test(c.text) ? renamed.get(c.text) : undefined;
    return r ? { ...c, name: r.name, country: r.country, weak: false } : c;
  });
}
