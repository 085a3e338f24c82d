import type { Doc } from "../types.js";
import type { Candidate } from "./candidate.js";
import { TITLES } from "./titlesplit.js";

// "Mexico's Attorney General's Office said …", "the Prime Minister's Office": an office holder's
// office, named by the title and "'s Office", is a body, though the tagger reads the title's last
// word as a person ("General") and "Office" alone as a name.

const OFFICE = /['’]s\s+Office\b/gu;
const CAP_WORD = /(?:^|\s)(\p{Lu}[\p{L}.-]*)$/u;

/** The start of the longest title ending right before `end` (up to four capitalised words), or -1. */
function titleBefore(text: string, end: number): number {
  let at = end, best = -1;
  for (let n = 0; n < 4; n++) {
    const m = CAP_WORD.exec(text.slice(Math.max(0, at - 30), at));
    if (!m) break;
    at = at - m[1]!.length;
    if (TITLES.has(text.slice(at, end).replace(/\s+/g, " "))) best = at;
    if (text[at - 1] !== " ") break;
    at -= 1;
  }
  return best;
}

/** The candidates with each titled office as one organisation, in place of the pieces read inside it. */
export function titleOffices(doc: Doc, cands: Candidate[]): Candidate[] {
  if (!doc.text.includes("s Office")) return cands;
  const offices: Candidate[] = [];
  for (const m of doc.text.matchAll(OFFICE)) {
    const start = titleBefore(doc.text, m.index!);
    const end = m.index! + m[0].length;
    const sentence = doc.sentences.findIndex((s) => s.start <= start && end <= s.end);
    if (start < 0 || sentence < 0) continue;
    const text = doc.text.slice(start, end);
    offices.push({ doc: doc.id, start, end, text, sentence, kind: "organization", name: text, country: null, role: null, via: "org", alias: true, weak: false });
  }
  if (!offices.length) return cands;
  const inside = (c: Candidate) => offices.some((o) => c.start < o.end && o.start < c.end);
  return [...cands.filter((c) => !inside(c)), ...offices].sort((x, y) => x.start - y.start || y.end - x.end);
}
