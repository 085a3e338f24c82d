import type { Candidate } from "./candidate.js";
import { DAY_OR_MONTH } from "./datewords.js";

// "Lee Jae-myung … Lee's chief of staff", "Tedros Adhanom Ghebreyesus … Tedros said": where a name's
// first word is its bearer's short form (a family name written first, a given name used alone), a
// bare word that begins exactly one full name of the article, and ends none, is that person; so is a word
// inside exactly one long name ("Marco Aurelio Tavinho da Costa … Tavinho"), the name one goes by. A word
// that ends a full name stays a surname's (merge.ts reads those).

/** One capitalised word in lower case after its capital: no acronym ("GM"), no phrase. */
const NAME_WORD = /^\p{Lu}\p{Ll}+$/u;

/** Persons named by one word, renamed to the one full name of the article that word begins. */
export function firstWordNames(cands: Candidate[]): Candidate[] {
  const starts = new Map<string, Set<string>>(), ends = new Set<string>(), inner = new Map<string, Set<string>>();
  for (const c of cands) {
    if (c.kind !== "person") continue;
    const words = c.name.trim().split(/\s+/);
    if (words.length < 2) continue;
    const first = words[0]!;
    (starts.get(first) ?? starts.set(first, new Set()).get(first)!).add(c.name);
    // a capitalised word inside a name of three or more, the name a person goes by ("Marco Aurelio Tavinho da Costa … Tavinho")
    for (let k = 1; k < words.length - 1; k++) if (NAME_WORD.test(words[k]!)) (inner.get(words[k]!) ?? inner.set(words[k]!, new Set()).get(words[k]!)!).add(c.name);
    ends.add(words.at(-1)!);
  }
  if (!starts.size) return cands;
  let out: Candidate[] | null = null;
  cands.forEach((c, i) => {
    if (c.kind !== "person" || !NAME_WORD.test(c.name) || DAY_OR_MONTH.test(c.name) || ends.has(c.name)) return;
    const full = starts.get(c.name) ?? inner.get(c.name);
    if (full?.size !== 1 || (starts.has(c.name) && inner.has(c.name))) return;
    out ??= cands.slice();
    out[i] = { ...c, name: [...full][0]!, weak: false };
  });
  return out ?? cands;
}
