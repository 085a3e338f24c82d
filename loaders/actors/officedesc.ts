import { roleFor, withArticle } from "./lexicon/titles.js";
import { HEADS, NOT_NOW } from "./officeheads.js";

// The pieces of a description of an office ("the interior minister", "chief executive of Orvel
// Mining", "the party's leader"), shared by appositions and by predicates that state an office.

export const WORD = String.raw`[\p{L}][\p{L}-]*`;
export const NAME = String.raw`(?:[Tt]he\s+)?\p{Lu}[\p{L}.&'’-]*(?:\s+(?:\p{Lu}[\p{L}.&'’-]*|of|and|&))*?`;
export const DESC = String.raw`((?:${WORD}\s+){0,3}?${WORD})(?:\s+(of|for|to|at)\s+(${NAME}))?`;
export const DET = String.raw`([Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|((?:\p{Lu}[\p{L}.&-]*\s+){0,4}\p{Lu}[\p{L}.&-]*)(?:['’]s|(?<=s)['’])|[\p{L}-]+(?:['’]s|(?<=s)['’]))`;

/** Words that cannot stand inside an office's description: it would run over a clause ("X, who resigned and its chairman"). */
const NOT_IN_DESC = new Set(["the", "a", "an", "its", "his", "her", "their", "who", "which", "whose", "that", "is", "was", "has", "had"]);

/** Whether the words describe an office: a head noun last, no clause words, "and" only after a head ("chairman and chief executive"). */
function officeWords(words: string[]): boolean {
  const low = words.map((w) => w.toLowerCase());
  if (!HEADS.has(low.at(-1)!) || low.some((w) => NOT_NOW.has(w) || NOT_IN_DESC.has(w))) return false;
  return low.every((w, k) => w !== "and" || (k > 0 && HEADS.has(low[k - 1]!)));
}

/** The role a description gives ("interior minister" → "Interior Minister"), or null if it names no office now held. */
export function roleOf(desc: string, prep: string | undefined, aff: string | undefined, possessor: string | undefined): string | null {
  // "the new ambassador": new to the office, which is held all the same.
  const words = desc.split(/\s+/).filter((w, k) => k > 0 || w.toLowerCase() !== "new");
  if (words.length === 0 || !officeWords(words)) return null;
  const title = roleFor(words.join(" "), null);
  const of = aff?.replace(/\.$/, "");
  if (prep && of) return prep === "of" ? `${title} of ${/^[Tt]he\s/.test(of) ? of : withArticle(of)}` : `${title} ${prep} ${of}`;
  return possessor ? `${title} of ${withArticle(possessor)}` : title;
}

