import { mix } from "./hash.js";
import { N_CLASSES } from "./labels.js";
import { rowBase, type Weights } from "./weights.js";
import { DYN, pushGroup, ROLES, T, type Sink } from "./wordfeatures.js";
import type { WordInfo } from "./wordinfo.js";

// Module-local copies of the label constants: run through tsx (the report's data
// loaders, the benches) an imported binding is a getter call in the inner loops.
const NC: number = N_CLASSES;

// Class scores of each feature group that reads one word and a small value beside
// it, summed once per process and kept on the word's WordInfo: the word alone in
// each role and line case, the word after each previous class, the word's short
// shape with each history answer, the word opening a sentence. Words repeat, so
// this saves most of the feature hashing and weight lookups.

/** Slots of a word's cache: role * 2 + caseless (ROLES * 2 of them), then these. */
export const PREV_SLOT = ROLES * 2;
/** After each previous class, START (N_CLASSES) included. */
export const HIST_SLOT = PREV_SLOT + N_CLASSES + 1;
/** With each answer of the document's tag history (0–4 a type or O, 5 none). */
export const INITIAL_SLOT = HIST_SLOT + 6;
const SLOTS = INITIAL_SLOT + 1;

/** Bounded so a stream of new words cannot grow a worker's memory without end: words past it are summed each time. */
const MAX_WORDS = 100_000;
const MAX_ROWS = 1 << 20;
let scoredWords = 0;

/**
 * Every cached row of class scores, NC floats from its offset, in one array: a word's
 * slot is an offset into it, read with no object between. Row 0 is scratch for a sum
 * not kept, read before the next sum is made.
 */
export const rows = { data: new Float32Array(NC * 4096), used: NC };

const scratch: number[] = [];
const sink: Sink = { push: (v: number) => void scratch.push(v) };
/** The features of slot `slot` of word w (the decoder's dynamic features beside the word-alone ones, same hashes). */
function pushSlot(out: Sink, slot: number, w: WordInfo): void {
  if (slot < PREV_SLOT) return pushGroup(out, slot >> 1, w, (slot & 1) === 1);
  if (slot < HIST_SLOT) {
    const prev = slot - PREV_SLOT;
    out.push(mix(DYN.P1Low, mix(prev, w.low)));
    out.push(mix(DYN.P1Short, mix(prev, w.short)));
    return;
  }
  if (slot < INITIAL_SLOT) {
    const best = slot - HIST_SLOT;
    out.push(mix(DYN.Hist, best));
    out.push(mix(DYN.HistShort, mix(best, w.short)));
    return;
  }
  out.push(mix(T.InitialLow, w.low));
}

/**
 * The summed class scores of hashed features into a new row, or into row 0 when `bounded`
 * and the rows are at their bound; returns its offset. Integer weights sum exactly in any order.
 */
export function sumRow(weights: Weights, feats: readonly number[], bounded: boolean): number {
  let at = 0;
  if (!bounded || rows.used < MAX_ROWS * NC) {
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
  pushSlot(sink, slot, w);
  const at = sumRow(weights, scratch, true);
  if (slots && at !== 0) slots[slot] = at;
  return at;
}
