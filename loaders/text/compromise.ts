import { createRequire } from "node:module";
import type compromise from "compromise";

// compromise through its bundled CommonJS build: one file to load where the
// package's ES module entry is several hundred, which every worker thread would
// resolve and compile again. The same release's code: the same lexicon, tags and
// conjugations (only the random term ids differ between the two builds).
export const nlp = createRequire(import.meta.url)("compromise") as typeof compromise;

/** compromise's English lexicon: a lower-cased word or phrase → its tag or tags. */
export const LEXICON = (nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }).model().one.lexicon;

/** The lexicon's tags of a lower-cased word or phrase (own keys only: "constructor" in an article is not Object's constructor). */
export function lexiconTags(lower: string): string[] {
  const t = Object.hasOwn(LEXICON, lower) ? LEXICON[lower]! : undefined;
  return t === undefined ? [] : Array.isArray(t) ? t : [t];
}
