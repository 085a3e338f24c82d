import { N_CLASSES } from "./labels.js";
import { rowBase, type Weights } from "./weights.js";
import { pushGroup, ROLES } from "./wordfeatures.js";
import type { WordInfo } from "./wordinfo.js";

// Module-local copies of the label constants: run through tsx (the report's data
// loaders, the benches) an imported binding is a getter call in the inner loops.
const NC: number = N_CLASSES;

// Class scores of each (word, role, caseless) feature group, summed once per
// process and kept on the word's WordInfo: a third of a token's features read the
// word alone, and words repeat, so this saves most of the weight lookups (cache misses).

/** Bounded so a stream of new words cannot grow a worker's memory without end: words past it are summed each time. */
const MAX_WORDS = 100_000;
let scoredWords = 0;

const scratch: number[] = [];
const sink = { push: (v: number) => void scratch.push(v) };

export function groupScores(weights: Weights, w: WordInfo, role: number, caseless: boolean): Float32Array {
  const k = role * 2 + (caseless ? 1 : 0);
  let slots = w.scoredBy === weights ? w.groups : null;
  if (slots) {
    const hit = slots[k];
    if (hit) return hit;
  } else if (scoredWords < MAX_WORDS) {
    scoredWords++;
    w.groups = slots = new Array<Float32Array | undefined>(ROLES * 2);
    w.scoredBy = weights;
  }
  scratch.length = 0;
  pushGroup(sink, role, w, caseless);
  const scores = new Float32Array(NC);
  for (const f of scratch) {
    const base = rowBase(weights, f);
    if (base < 0) continue;
    for (let c = 0; c < NC; c++) scores[c]! += weights.w[base + c]!;
  }
  if (slots) slots[k] = scores;
  return scores;
}
