import { N_CLASSES } from "./labels.js";

// The weights' shape on its own, so the decoder (model.ts) and the per-word scores
// it caches (groupscores.ts) can both name it without importing each other.

export interface Weights {
  /** log2 of the number of feature buckets. */
  bits: number;
  /**
   * Weight of class c for a bucket's row r at r * N_CLASSES + c. Without `live` (training)
   * every bucket has its row (r = b); with it, only live buckets do, in bucket order.
   */
  w: Float32Array | Int16Array;
  /** What one unit of w is worth (1 for float weights). */
  scale: number;
  /**
   * One bit per bucket, set when any of its weights is not zero, and `rank`, the live
   * buckets before each 32 of them. Most buckets are empty (rare words, new word
   * pairs land there), so keeping only live rows makes the weights a few MB where
   * the decoder's scattered reads stay in cache, and the bitset answers an empty
   * bucket without reading the weights at all.
   */
  live?: Uint32Array;
  rank?: Uint32Array;
}

const NC: number = N_CLASSES;

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** Offset in w of the row of feature f (any 32-bit hash), or -1 when its bucket has no weights. */
export function rowBase(weights: Weights, f: number): number {
  const b = f & ((1 << weights.bits) - 1);
  const live = weights.live;
  if (!live) return b * NC;
  const word = live[b >>> 5]!, bit = 1 << (b & 31);
  if ((word & bit) === 0) return -1;
  return (weights.rank![b >>> 5]! + popcount(word & (bit - 1))) * NC;
}

/** `rank` for a live bitset: the number of set bits in the words before each word. */
export function rankOf(live: Uint32Array): Uint32Array {
  const rank = new Uint32Array(live.length);
  let n = 0;
  for (let i = 0; i < live.length; i++) {
    rank[i] = n;
    n += popcount(live[i]!);
  }
  return rank;
}

/** Quantised weights with a row per bucket, as training leaves them, reduced to their live rows. */
export function compact(dense: { bits: number; w: Int16Array; scale: number }): Weights & { w: Int16Array } {
  const buckets = 1 << dense.bits;
  const live = new Uint32Array(Math.ceil(buckets / 32));
  let rows = 0;
  for (let b = 0; b < buckets; b++)
    for (let c = 0; c < NC; c++)
      if (dense.w[b * NC + c] !== 0) {
        live[b >>> 5]! |= 1 << (b & 31);
        rows++;
        break;
      }
  const w = new Int16Array(rows * NC);
  let r = 0;
  for (let b = 0; b < buckets; b++) if (live[b >>> 5]! & (1 << (b & 31))) w.set(dense.w.subarray(b * NC, (b + 1) * NC), NC * r++);
  return { bits: dense.bits, w, scale: dense.scale, live, rank: rankOf(live) };
}
