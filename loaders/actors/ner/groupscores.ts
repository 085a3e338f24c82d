import { N_CLASSES } from "./labels.js";
import { rowBase, type Weights } from "./weights.js";
import { pushGroup, ROLES, type Sink } from "./wordfeatures.js";
import type { WordInfo } from "./wordinfo.js";

// Module-local copies of the label constants: run through tsx (the report's data
// loaders, the benches) an imported binding is a getter call in the inner loops.
const NC: number = N_CLASSES;

// Class scores of each (word, role, caseless) feature group, summed once per
// process and kept on the word's WordInfo: a third of a token's features read the
// word alone, and words repeat, so this saves most of the weight lookups.

/** Slots of a word's cache: role * 2 + caseless. */
const SLOTS = ROLES * 2;

/** Bounded so a stream of new words cannot grow a worker's memory without end: words past it are summed each time. */
const MAX_WORDS = 100_000;
/** Words' rows stop short of 2^20 rows; the rest is left for the per-weights tables (tagscore.ts, under 4,096 rows). */
const MAX_WORD_ROWS = (1 << 20) - 4096;
let scoredWords = 0;

/**
 * Every cached row of class scores, NC floats from its offset, in one array: a word's
 * slot is an offset into it, read with no object between. Row 0 is scratch for a sum
 * not kept, read before the next sum is made.
 */
export const rows = { data: new Float32Array(NC * 4096), used: NC };

const scratch: number[] = [];
const sink: Sink = { push: (v: number) => void scratch.push(v) };

/**
 * The summed class scores of hashed features into a new row, or into row 0 when `bounded`
 * and the rows are at their bound; returns its offset. Integer weights sum exactly in any order.
 */
export function sumRow(weights: Weights, feats: readonly number[], bounded: boolean): number {
  let at = 0;
  if (!bounded || rows.used < MAX_WORD_ROWS * NC) {
    if (rows.used + NC > rows.data.length) {
      const grown = new Float32Array(rows.data.length * 2);
      grown.set(rows.data);
      rows.data = grown;
    }
    at = rows.used;
    rows.used += NC;
  }
  const data = rows.data, w = weights.w;
  data.fill(0, at, at + NC);
  for (const f of feats) {
    const base = rowBase(weights, f);
    if (base < 0) continue;
    for (let c = 0; c < NC; c++) data[at + c]! += w[base + c]!;
  }
  return at;
}

/** The offset in rows.data of slot `slot`'s scores of word w. */
export function slotScores(weights: Weights, w: WordInfo, slot: number): number {
  let slots = w.scoredBy === weights ? w.groups : null;
  if (slots) {
    const hit = slots[slot];
    if (hit !== undefined) return hit;
  } else if (scoredWords < MAX_WORDS) {
    scoredWords++;
    w.groups = slots = new Array<number>(SLOTS);
    w.scoredBy = weights;
  }
  scratch.length = 0;
  pushGroup(sink, slot >> 1, w, (slot & 1) === 1);
  const at = sumRow(weights, scratch, true);
  if (slots && at !== 0) slots[slot] = at;
  return at;
}
