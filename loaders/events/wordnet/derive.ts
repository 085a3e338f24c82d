import type { PloverType } from "../../types.js";
import type { Seed } from "./seeds.js";
import type { Synset, WnPos, WordNet } from "./reader.js";

// From seed synsets to trigger words. A word is kept for a synset only when that synset is one
// of the word's most frequent senses: "strike" is an assault only in its fourth sense, so it is
// not derived from attack.v.01, while "bombard" (first sense) is.

export interface DerivedRow {
  pattern: string;
  pos: "verb" | "noun";
  type: PloverType;
  mode: string;
  frame: string;
  /** Where it came from: the seed, and the synset the word was kept from when another. */
  sense: string;
}

/** Noun lexicographer files of acts, messages and events: "criticism", "attack", not "critic", "attacker". */
const ACT_NOUN_FILES = new Set([4, 10, 11]);
/**
 * Noun files of things, persons, groups, places, quantities and substances: a verb whose form is as
 * often a noun of one of these ("forces", "jail", "wages") is read as that noun in news.
 */
const THING_NOUN_FILES = new Set([5, 6, 7, 8, 13, 14, 15, 17, 18, 19, 20, 21, 22, 23, 26, 27]);
/** Share of the word's most tagged sense a lower-ranked sense needs to count as a usual sense. */
const USUAL_SHARE = 0.5;

/** The synset is the word's first sense, or tagged at least half as often as its most tagged sense. */
export function usualSense(wn: WordNet, word: string, pos: WnPos, offset: number): boolean {
  const senses = wn.sensesOf(word, pos);
  const own = senses.find((s) => s.offset === offset);
  if (!own) return false;
  if (own.rank === 1) return true;
  const top = Math.max(...senses.map((s) => s.tags));
  return own.tags > 0 && own.tags >= top * USUAL_SHARE;
}

/** The verb's form is at least as often tagged as a noun, and that noun's first sense is a thing. */
export function thingNoun(wn: WordNet, word: string): boolean {
  const nouns = wn.sensesOf(word, "n");
  if (!nouns.length) return false;
  const tags = (pos: WnPos) => wn.sensesOf(word, pos).reduce((a, s) => a + s.tags, 0);
  return tags("n") >= tags("v") && THING_NOUN_FILES.has(wn.synset(nouns[0]!.offset, "n").lexFile);
}

/** A lemma usable as a pattern: no placeholder ("one's", "somebody"), at most three words. */
function patternOf(lemma: string): string | null {
  const words = lemma.split("_");
  if (words.length > 3 || words.some((w) => /^(?:one|one's|someone|somebody|something|oneself)$/.test(w) || !/^[a-z][a-z-]*$/.test(w))) return null;
  return words.join(" ");
}

/** The seed's synset and its hyponyms to the seed's depth, each once, in a fixed order. */
function family(wn: WordNet, root: Synset, depth: number): Synset[] {
  const seen = new Map<number, Synset>([[root.offset, root]]);
  let level = [root];
  for (let d = 0; d < depth; d++) {
    const next: Synset[] = [];
    for (const s of level)
      for (const p of s.pointers)
        if (p.symbol === "~" && p.pos === root.pos && !seen.has(p.offset)) {
          const h = wn.synset(p.offset, root.pos);
          // A hyponym WordNet files in another semantic field (a body move, a possession) has
          // shifted from the seed's meaning: "eject" under "expel", "infest" under "invade".
          if (h.lexFile !== root.lexFile) continue;
          seen.set(h.offset, h);
          next.push(h);
        }
    level = next;
  }
  return [...seen.values()];
}

/** The act nouns derivationally linked to one member word of a verb synset ("criticize" → "criticism"). */
function actNouns(wn: WordNet, s: Synset, wordIndex: number): { lemma: string; synset: Synset }[] {
  const out: { lemma: string; synset: Synset }[] = [];
  for (const p of s.pointers) {
    if (p.symbol !== "+" || p.pos !== "n" || p.source !== wordIndex + 1) continue;
    const n = wn.synset(p.offset, "n");
    const lemma = n.words[p.target - 1];
    if (lemma && ACT_NOUN_FILES.has(n.lexFile) && usualSense(wn, lemma, "n", n.offset)) out.push({ lemma, synset: n });
  }
  return out;
}

/** Every row one seed gives, before the hand lexicon and the other seeds are consulted. */
export function deriveSeed(wn: WordNet, seed: Seed): DerivedRow[] {
  const root = wn.byName(seed.synset);
  if (!root.gloss.startsWith(seed.gloss)) throw new Error(`${seed.synset} is now "${root.gloss.slice(0, 60)}", not "${seed.gloss}"`);
  const rows: DerivedRow[] = [];
  for (const s of family(wn, root, seed.depth)) {
    s.words.forEach((lemma, i) => {
      if (!usualSense(wn, lemma, "v", s.offset)) return;
      const pattern = patternOf(lemma);
      const from = s === root ? seed.synset : `${seed.synset} > ${s.words[0]}`;
      if (pattern && !thingNoun(wn, lemma)) rows.push({ pattern, pos: "verb", type: seed.type, mode: seed.mode, frame: seed.verbFrame, sense: from });
      for (const n of actNouns(wn, s, i)) {
        const np = patternOf(n.lemma);
        if (np) rows.push({ pattern: np, pos: "noun", type: seed.type, mode: seed.mode, frame: seed.nounFrame, sense: `${from} + ${n.lemma}` });
      }
    });
  }
  return rows;
}
