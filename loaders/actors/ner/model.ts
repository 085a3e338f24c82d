import { mix } from "./hash.js";
import { ALLOWED, classType, N_CLASSES } from "./labels.js";
import type { DocFeatures } from "./features.js";

// A linear model over hashed features: for each feature bucket, one weight per
// class, stored contiguously so a feature's scores are one cache line. The same
// decoder serves training (which updates the weights where it was wrong) and tagging.

export interface Weights {
  /** log2 of the number of feature buckets. */
  bits: number;
  /** Bucket-major: weight of class c for bucket b at b * N_CLASSES + c. */
  w: Float32Array | Int16Array;
  /** What one unit of w is worth (1 for float weights). */
  scale: number;
}

/** Template ids of the features made from predicted tags (beside features.ts's static ones). */
const P1 = 501, P2P1 = 502, P1Low = 503, P1Short = 504, Hist = 505, HistShort = 506;

/** Called on each token: the features and classes it saw, and the class it chose. Training updates there. */
export type OnToken = (feats: number[], predicted: number, token: number) => number;

/** Dynamic features of token t, given the two previous classes and the document's tag history. */
function dynamicFeatures(d: DocFeatures, t: number, prev: number, prev2: number, hist: Map<number, Int32Array>): number[] {
  const h = d.cap[t] ? hist.get(d.low[t]!) : undefined;
  // 5 when the word has no history: unseen differs from "tagged O before".
  let best = h ? 0 : 5;
  if (h) for (let k = 1; k < h.length; k++) if (h[k]! > h[best]!) best = k;
  return [
    mix(P1, prev),
    mix(P2P1, prev2 * 32 + prev),
    mix(P1Low, mix(prev, d.low[t]!)),
    mix(P1Short, mix(prev, d.short[t]!)),
    mix(Hist, best),
    mix(HistShort, mix(best, d.short[t]!)),
  ];
}

export function scoreInto(weights: Weights, feats: ArrayLike<number>, from: number, to: number, scores: Float64Array): void {
  const mask = (1 << weights.bits) - 1;
  const w = weights.w;
  for (let i = from; i < to; i++) {
    const base = (feats[i]! & mask) * N_CLASSES;
    for (let c = 0; c < N_CLASSES; c++) scores[c]! += w[base + c]!;
  }
}

/**
 * Greedy left-to-right decoding of one document, each tag conditioned on the two
 * before it and on the tags given to the same capitalised word earlier in the document.
 * `onToken` (training) may replace the chosen class by the one to carry forward.
 */
export function decodeDoc(weights: Weights, d: DocFeatures, onToken?: OnToken): Uint8Array {
  const n = d.offsets.length - 1;
  const tags = new Uint8Array(n);
  const scores = new Float64Array(N_CLASSES);
  const hist = new Map<number, Int32Array>();
  let s = 0;
  for (let t = 0; t < n; t++) {
    while (d.sentenceStarts[s + 1]! <= t) s++;
    const first = d.sentenceStarts[s]!;
    // START (N_CLASSES) before the first token of a sentence.
    const prev = t > first ? tags[t - 1]! : N_CLASSES;
    const prev2 = t > first + 1 ? tags[t - 2]! : N_CLASSES;
    const dyn = dynamicFeatures(d, t, prev, prev2, hist);
    scores.fill(0);
    scoreInto(weights, d.feats, d.offsets[t]!, d.offsets[t + 1]!, scores);
    scoreInto(weights, dyn, 0, dyn.length, scores);
    const allowed = ALLOWED[prev === N_CLASSES ? 0 : prev + 1]!;
    let best = -1;
    for (let c = 0; c < N_CLASSES; c++) if (allowed[c] && (best < 0 || scores[c]! > scores[best]!)) best = c;
    if (onToken) {
      const feats = Array.from(d.feats.subarray(d.offsets[t]!, d.offsets[t + 1]!)).concat(dyn);
      best = onToken(feats, best, t);
    }
    tags[t] = best;
    if (d.cap[t]) {
      const h = hist.get(d.low[t]!) ?? new Int32Array(5);
      h[classType(best) + 1]!++;
      hist.set(d.low[t]!, h);
    }
  }
  return tags;
}
