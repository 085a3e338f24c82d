import type { Tok } from "./tok.js";

// Feeds that strip an HTML entity to its bare letters write "Brannock amp Tilley" for
// "Brannock & Tilley". Between two capitalised words the lower-case "amp" is no English
// word (the noun is "amp" after a number or "an"): it is the ampersand, and the rules that
// read a firm's partners read it as one.

const RESIDUE = "amp";

/** Whether toks[k] is an ampersand, written or as its entity's residue between two capitalised words. */
export function isAmpersand(toks: Tok[], k: number): boolean {
  const t = toks[k];
  if (!t) return false;
  if (t.text === "&") return true;
  if (t.text !== RESIDUE) return false;
  const p = toks[k - 1], n = toks[k + 1];
  return !!p && !!n && p.word && n.word && p.cap && n.cap && p.sentence === t.sentence && n.sentence === t.sentence;
}

/** A name with the residue written back as the ampersand it stands for ("Brannock & Tilley"). */
export const withAmpersand = (name: string): string => name.replace(/(?<=\p{L}[.']?) amp (?=\p{Lu})/gu, " & ");
