import { lexiconTags, pluralOf } from "../text/compromise.js";
import { OFFICE_TITLES, roleFor } from "./lexicon/titles.js";
import { NOT_NOW } from "./officeheads.js";

// "Presidents Ana Lima and Piet Gaal", "Foreign ministers Ana Lima, Piet Gaal and Ivo Rask": one
// plural title before a list of names gives each of them the office a singular title would.

/** Heads that are also everyday verbs ("X heads the office", "X chairs the panel", "X coaches Y"): their plural before a name is as often the verb. */
const VERB_LIKE = new Set(["head", "chair"]);
const isVerb = (singular: string, plural: string) =>
  VERB_LIKE.has(singular) || lexiconTags(singular).includes("Infinitive") || lexiconTags(plural).includes("PresentTense");

/** Plural of each office title's last word → the titles ending on it, lower-cased ("ministers" → "foreign minister", …). */
const BY_PLURAL = (() => {
  const map = new Map<string, Set<string>>();
  for (const title of OFFICE_TITLES) {
    if (title.includes(".") || / of /.test(title)) continue;
    const words = title.toLowerCase().split(/[\s-]+/);
    const plural = pluralOf(words.at(-1)!);
    if (isVerb(words.at(-1)!, plural)) continue;
    if (!map.has(plural)) map.set(plural, new Set());
    map.get(plural)!.add(words.join(" "));
  }
  return map;
})();

const NAME_WORD = /^\p{Lu}[\p{L}.'’-]*,?$/u;
/** How far back the list of names may reach. */
const MAX_WORDS = 14;

/**
 * The role a plural title before the list holding this name gives it, or null. `before` is the
 * name's sentence up to the name; only capitalised words, commas and "and" may lie between the
 * title and the name.
 */
export function pluralTitleRole(before: string): string | null {
  if (!before.endsWith(" ")) return null;
  const words = before.slice(Math.max(0, before.length - 160)).trim().split(/\s+/u);
  for (let i = words.length - 1; i >= Math.max(0, words.length - MAX_WORDS); i--) {
    const w = words[i]!;
    const titles = BY_PLURAL.get(w.toLowerCase());
    if (titles) return titleBefore(words, i, titles);
    if (w !== "and" && !NAME_WORD.test(w)) return null;
  }
  return null;
}

/** "foreign ministers": the longest office title ending at the plural head, unless a word before it says the office is not held now. */
function titleBefore(words: string[], head: number, titles: Set<string>): string | null {
  const singular = [...titles][0]!.split(" ").at(-1)!;
  if (words.slice(Math.max(0, head - 2), head).some((w) => NOT_NOW.has(w.toLowerCase()))) return null;
  for (let k = Math.min(2, head); k >= 0; k--) {
    const title = [...words.slice(head - k, head).map((w) => w.toLowerCase()), singular].join(" ");
    if (titles.has(title)) return roleFor(title, null);
  }
  return null;
}
