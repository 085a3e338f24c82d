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

/** The role the words right before a name give, or null. `before` is its sentence up to the name. */
export function prenominalRole(before: string): string | null {
  const m = TAIL.exec(before);
  if (!m || !STARTS.test(before.slice(0, m.index))) return null;
  const words = m[1]!.split(" ");
  const opensSentence = /^[\s"“‘'(]*$/u.test(before.slice(0, m.index));
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
