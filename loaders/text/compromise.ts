import { createRequire } from "node:module";
import type compromise from "compromise";

// compromise through its bundled CommonJS build: one file to load where the
// package's ES module entry is several hundred, which every worker thread would
// resolve and compile again. The same release's code: the same lexicon, tags and
// conjugations (only the random term ids differ between the two builds).
export const nlp = createRequire(import.meta.url)("compromise") as typeof compromise;
