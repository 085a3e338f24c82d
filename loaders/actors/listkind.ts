import type { Candidate } from "./candidate.js";

// "The sanctions target Sberline, VTQ and Gazline": a name left a weak guess (an acronym the article
// never spells out, a lone capitalised word) inside a list whose other members are all of one kind is
// a member of that kind, no longer a guess. A list is names joined by commas and a last "and" / "or".

/** Lists of firms and of places: a person's list ("X, Y and Z") may hold a firm the tagger read as a person. */
const KINDS = new Set<Candidate["kind"]>(["organization", "place"]);
const JOINER = /^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/u;

const joined = (text: string, x: Candidate, y: Candidate) => y.start > x.end && y.sentence === x.sentence && JOINER.test(text.slice(x.end, y.start));

/** The list around cands[i]: the indices of the members before and after it, joined to it. */
function neighbours(text: string, cands: Candidate[], i: number): Candidate[] {
  const out: Candidate[] = [];
  for (let k = i - 1; k >= 0 && joined(text, cands[k]!, cands[k + 1]!); k--) out.push(cands[k]!);
  for (let k = i + 1; k < cands.length && joined(text, cands[k - 1]!, cands[k]!); k++) out.push(cands[k]!);
  return out;
}

/** Weak guesses inside a list of strong names of one kind, read as that kind. */
export function kindsFromLists(doc: { text: string; sentences?: { start: number }[] }, cands: Candidate[]): Candidate[] {
  if (!cands.some((c) => c.weak)) return cands;
  return cands.map((c, i) => {
    // a sentence's first word ("Location, Eastport, Tessaly.") and a piece of a hyphened name stay guesses
    if (!c.weak || c.start === doc.sentences?.[c.sentence]?.start || doc.text[c.end] === "-") return c;
    const others = neighbours(doc.text, cands, i);
    if (others.length < 2 || others.some((o) => o.weak || o.kind !== others[0]!.kind)) return c;
    const kind = others[0]!.kind;
    return KINDS.has(kind) ? { ...c, kind, weak: false } : c;
  });
}
