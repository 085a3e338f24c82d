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
let scoredWords = 0;

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

/** The summed class scores of hashed features: integer weights sum exactly in any order. */
export function sumRows(weights: Weights, feats: readonly number[]): Float32Array {
  const scores = new Float32Array(NC);
  for (const f of feats) {
    const base = rowBase(weights, f);
    if (base < 0) continue;
    for (let c = 0; c < NC; c++) scores[c]! += weights.w[base + c]!;
  }
  return scores;
}

export function slotScores(weights: Weights, w: WordInfo, slot: number): Float32Array {
  let slots = w.scoredBy === weights ? w.groups : null;
  if (slots) {
    const hit = slots[slot];
    if (hit) return hit;
  } else if (scoredWords < MAX_WORDS) {
    scoredWords++;
    w.groups = slots = new Array<Float32Array | undefined>(SLOTS);
    w.scoredBy = weights;
  }
  scratch.length = 0;
  pushSlot(sink, slot, w);
  const scores = sumRows(weights, scratch);
  if (slots) slots[slot] = scores;
  return scores;
}

/** The word-alone group of w in `role`. */
export function groupScores(weights: Weights, w: WordInfo, role: number, caseless: boolean): Float32Array {
  return slotScores(weights, w, role * 2 + (caseless ? 1 : 0));
}
