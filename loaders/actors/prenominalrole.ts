import { guessPos } from "./lextokens.js";
import { roleFor } from "./lexicon/titles.js";
import { HEADS, NOT_NOW } from "./officeheads.js";

// "police spokesman Arno Bekker", "central bank governor Petra Ulm", "opposition leader Mira Kess":
// news writes an office in lower case right before a name as often as a capitalised title. The
// nouns and adjectives before the name, ending on an office's head noun, are the person's role.
// The run stops at any other word ("said police spokesman X" → "Police Spokesman").

/** Up to five words right before the name, separated by single spaces and ending with one. */
const TAIL = /([\p{L}][\p{L}-]*(?: [\p{L}][\p{L}-]*){0,4}) $/u;
const DESCRIBING = new Set(["NOUN", "ADJ"]);
/**
 * Words the lexicon files as nouns or adjectives that here are no part of an office: possessives and
 * prepositions ("its general secretary X", "under new manager X"), verbs that take a person as object
 * ("to help party president X", "quoted police spokesman X").
 */
const NOT_DESCRIBING = new Set(["its", "his", "her", "their", "our", "my", "your", "under", "with", "by", "to", "for", "from", "at", "on", "in", "of", "as", "after", "before", "over", "help", "helped", "join", "back", "praise", "thank", "urge", "name", "meet", "call", "quoted", "named"]);
/** Not a possessive's "s" ("Porto's new coach X"): the words start the sentence's text or follow a space or an opener. */
const STARTS = /(?:^|[\s"“‘(])$/u;

/**
 * Where TAIL's match can start at the earliest. TAIL is anchored only at the end, so run over the
 * whole sentence it tries every position of it; no position before an ASCII character it cannot
 * match (nor before a sixth space from the end: it spans five words at most) can start it, and
 * whether a position matches does not depend on the text before it, so the match found in the
 * rest is the one found in the whole. Other characters may be letters: the scan steps over them.
 */
function tailFrom(before: string): number {
  let spaces = 0;
  for (let i = before.length - 1; i >= 0; i--) {
    const c = before.charCodeAt(i);
    if (c === 32) {
      if (++spaces > 5) return i + 1;
    } else if (c < 128 && c !== 45 && !((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return i + 1;
  }
  return 0;
}

/** The role the words right before a name give, or null. `before` is its sentence up to the name. */
export function prenominalRole(before: string): string | null {
  if (!before.endsWith(" ")) return null;
  const from = tailFrom(before);
  const m = TAIL.exec(from ? before.slice(from) : before);
  if (!m) return null;
  const at = from + m.index;
  if (!STARTS.test(before.slice(0, at))) return null;
  const words = m[1]!.split(" ");
  const opensSentence = /^[\s"“‘'(]*$/u.test(before.slice(0, at));
  const head = words.at(-1)!;
  if (head !== head.toLowerCase() || !HEADS.has(head)) return null;
  let k = words.length - 1;
  // A capitalised word is the sentence's first, read in lower case ("Police spokesman X said …").
  const describing = (w: string, i: number) => {
    const low = w.toLowerCase();
    return (w === low || (i === 0 && opensSentence)) && !NOT_DESCRIBING.has(low) && !low.endsWith("ed") && DESCRIBING.has(guessPos(low));
  };
  while (k > 0 && words.length - k < 3 && describing(words[k - 1]!, k - 1)) k--;
  // "former police chief X", "former Freedonian captain X": a word shortly before the office may say it is no longer held.
  if (words.slice(Math.max(0, k - 2)).some((w) => NOT_NOW.has(w.toLowerCase()))) return null;
  // "the new coach X": new to the office, which is held all the same.
  const desc = words.slice(k).filter((w, i) => i > 0 || w.toLowerCase() !== "new");
  return desc.length ? roleFor(desc.map((w, i) => (i === 0 && k === 0 && opensSentence && !/^\p{Lu}+$/u.test(w) ? w.toLowerCase() : w)).join(" "), null) : null;
}
