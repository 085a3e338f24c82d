import type { Tok } from "./tok.js";
import { OTHER_TITLES, PLACE_OFFICES, SHARED_OFFICES } from "./lexicon/offices.js";
import { HONORIFICS, OFFICE_TITLES } from "./lexicon/titles.js";
import { mayStartTitle, oneSpace } from "./titlescan.js";

// A sentence's first word starts a name run only when it is itself a name; a title opening the
// sentence ("Mayor Tomas Vell said …", "Prime Minister X flew …") is none, yet without it the person
// gets no role, or a shorter one ("Minister"). A title before a proper noun is part of the run
// wherever it stands; classify.ts then splits it off as the role.

const TITLES = new Set([...OFFICE_TITLES, ...HONORIFICS, ...PLACE_OFFICES, ...SHARED_OFFICES, ...OTHER_TITLES]);

/** Whether toks[i] opens a sentence with a title (up to four words) right before a proper noun on the same line. */
export function opensWithTitle(text: string, toks: Tok[], i: number): boolean {
  const t = toks[i]!;
  if (!t.initial || !t.cap || !mayStartTitle(t.text)) return false;
  for (let n = Math.min(4, toks.length - i - 1); n >= 1; n--) {
    const last = toks[i + n - 1]!;
    if (!TITLES.has(oneSpace(text.slice(t.start, last.end)))) continue;
    const name = toks[i + n];
    if (!name || !name.cap || !name.word || name.start <= last.end || !(name.pos === "PROPN" || givenAndFamily(toks, i + n))) return false;
    return !/[\r\n]/.test(text.slice(last.end, name.start));
  }
  return false;
}

const MIXED = /^\p{Lu}\p{Ll}/u;
/**
 * "Prime Minister Rose Vale said": a given name the part-of-speech tagger takes for a common word is
 * still a name when a second capitalised word follows it and the name ends there (a title-case
 * headline, "Prime Minister Resigns Over Vote", runs on).
 */
function givenAndFamily(toks: Tok[], k: number): boolean {
  const given = toks[k]!, family = toks[k + 1], after = toks[k + 2];
  if (!family || !MIXED.test(given.text) || !MIXED.test(family.text) || !family.word || family.start !== given.end + 1) return false;
  return !after || !after.word || !after.cap;
}
