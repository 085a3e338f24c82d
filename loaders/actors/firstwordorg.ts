import type { Candidate } from "./candidate.js";

// "outbidding Norvex Halden … Norvex, the Estovian maker of …": a two-word name the tagger read as a
// person's by its look is the organisation the article names by its first word alone. News calls a
// person by the family name, the last word, and a firm by its first. Titled and addressed persons
// ("Mr", "President") keep their kind.

const ONE_WORD = /^\S+$/u;

function firmWords(cands: Candidate[]): Set<string> {
  const out = new Set<string>();
  for (const c of cands) if (c.kind === "organization" && !c.weak && ONE_WORD.test(c.text)) out.add(c.text);
  return out;
}

/** Persons whose first word the article names an organisation by, read as that organisation. */
export function firmsByFirstWord(cands: Candidate[]): Candidate[] {
  if (!cands.some((c) => c.kind === "organization")) return cands;
  const firms = firmWords(cands);
  if (!firms.size) return cands;
  let out: Candidate[] | null = null;
  cands.forEach((c, i) => {
    if (c.kind !== "person" || c.via === "title" || c.via === "honorific") return;
    const words = c.text.split(" ");
    if (words.length < 2 || !firms.has(words[0]!)) return;
    (out ??= cands.slice())[i] = { ...c, kind: "organization", name: c.text, country: null, role: null };
  });
  return out ?? cands;
}
