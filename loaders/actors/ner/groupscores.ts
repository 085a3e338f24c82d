import { N_CLASSES } from "./labels.js";
import { rowBase, type Weights } from "./weights.js";
import { pushGroup, ROLES } from "./wordfeatures.js";
import type { WordInfo } from "./wordinfo.js";

// Module-local copies of the label constants: run through tsx (the report's data
// loaders, the benches) an imported binding is a getter call in the inner loops.
const NC: number = N_CLASSES;

// Class scores of each (word, role, caseless) feature group, summed once per
// process and reused: a third of a token's features read the word alone, and
// words repeat, so this saves most of the weight lookups (cache misses).

const caches = new WeakMap<Weights, Map<WordInfo, (Float32Array | undefined)[]>>();
/** Bounded so a stream of new words cannot grow a worker's memory without end. */
const MAX_WORDS = 100_000;

const scratch: number[] = [];
const sink = { push: (v: number) => void scratch.push(v) };

export function groupScores(weights: Weights, w: WordInfo, role: number, caseless: boolean): Float32Array {
  let cache = caches.get(weights);
  if (!cache) caches.set(weights, (cache = new Map()));
  let slots = cache.get(w);
  if (!slots) {
    if (cache.size >= MAX_WORDS) cache.clear();
    cache.set(w, (slots = new Array(ROLES * 2)));
  }
  const k = role * 2 + (caseless ? 1 : 0);
  const hit = slots[k];
  if (hit) return hit;
  scratch.length = 0;
  pushGroup(sink, role, w, caseless);
  const scores = new Float32Array(NC);
  for (const f of scratch) {
    const base = rowBase(weights, f);
    if (base < 0) continue;
    for (let c = 0; c < NC; c++) scores[c]! += weights.w[base + c]!;
  }
  return (slots[k] = scores);
}
