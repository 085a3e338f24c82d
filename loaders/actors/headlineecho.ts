import type { Doc } from "../types.js";
import type { Candidate } from "./candidate.js";
import { lexiconTag } from "./lextokens.js";

// "Why Voters In Lindvale Are Turning To The Greens": in a headline set in title case every word is
// capitalised, so neither the tagger nor the rules can tell its names (tagged.ts reads only the
// gazetteer's there). The story below names them in running text; a name found there, written the
// same in the title-case headline, is that name there too.

const NAME_TAGS = /^(?:FirstName|MaleName|FemaleName|LastName|Person|Country|City|Place|Region|Organization|ProperNoun)$/u;

/** A name safe to look for in capitals: several words, or one word the lexicon knows as nothing but a name. */
const echoable = (c: Candidate) => !c.weak && (c.text.includes(" ") || NAME_TAGS.test(lexiconTag(c.text.toLowerCase()) ?? "ProperNoun"));

/** The candidates with the body's names found again in a title-case headline (the article's first sentence; titlecase.ts). */
export function headlineEchoes(doc: Doc, cands: Candidate[], titleCase: ReadonlySet<number>): Candidate[] {
  const head = doc.sentences[0];
  if (!head || !titleCase.has(0)) return cands;
  const line = doc.text.slice(head.start, head.end);
  const added: Candidate[] = [];
  const taken = (start: number, end: number) => [...cands, ...added].some((o) => o.start < end && start < o.end);
  const seen = new Set<string>();
  for (const c of cands) {
    if (c.sentence === 0 || seen.has(c.text) || !echoable(c)) continue;
    seen.add(c.text);
    for (let at = line.indexOf(c.text); at >= 0; at = line.indexOf(c.text, at + 1)) {
      const start = head.start + at, end = start + c.text.length;
      const before = doc.text.charAt(start - 1), after = doc.text.charAt(end);
      if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after) || taken(start, end)) continue;
      added.push({ ...c, start, end, sentence: 0, role: null });
    }
  }
  return added.length ? [...cands, ...added].sort((x, y) => x.start - y.start || y.end - x.end) : cands;
}
