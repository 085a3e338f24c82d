import type { Tok } from "./tok.js";
import { BODY_WORDS } from "./lexicon/orgs.js";
import { OTHER_TITLES, PLACE_OFFICES, SHARED_OFFICES } from "./lexicon/offices.js";
import { HONORIFICS, OFFICE_TITLES } from "./lexicon/titles.js";

// What the scans for titles and gazetteer names share: a title can begin only at a
// token its text begins with, and keys are compared with their white space as single spaces.

/** Every leading part of every title ("V", "Vi", … "Vice President"). */
const PREFIXES = new Set<string>();
for (const t of [...OFFICE_TITLES, ...HONORIFICS, ...PLACE_OFFICES, ...SHARED_OFFICES, ...OTHER_TITLES]) for (let n = 1; n <= t.length; n++) PREFIXES.add(t.slice(0, n));

/** A title's text starts with the text of its first token: no title starts at a token whose text begins none. */
export const mayStartTitle = (word: string): boolean => PREFIXES.has(word);

const SPACES = /[\s\u00a0]+/g;

/** `s.replace(/[\s\u00a0]+/g, " ")`, without the replace where there is nothing to change (plain ASCII, single spaces). */
export function oneSpace(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c < 128) continue;
    if (c !== 32 || i + 1 === s.length) return s.replace(SPACES, " ");
    const d = s.charCodeAt(i + 1);
    if (d <= 32 || d >= 128) return s.replace(SPACES, " ");
  }
  return s;
}

/** "a Major Union Varnball side": a rank's word before words holding a body's head opens that body's name, not a person's. */
export const bodyAfterTitle = (toks: readonly Tok[], from: number, b: number) => b - from > 1 && toks.slice(from, b).some((t) => BODY_WORDS.has(t.text));
