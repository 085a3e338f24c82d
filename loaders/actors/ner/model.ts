import { mix } from "./hash.js";
import { ALLOWED, classType, N_CLASSES } from "./labels.js";
import type { DocFeatures } from "./features.js";
import { scoreToken } from "./tagscore.js";
import { rowBase, type Weights } from "./weights.js";
import { DYN } from "./wordfeatures.js";

// Module-local copies of the label constants: run through tsx (the report's data
// loaders, the benches) an imported binding is a getter call in the inner loops.
const NC: number = N_CLASSES;
const ALLOWED_AFTER = ALLOWED;

// A linear model over hashed features: for each feature bucket, one weight per
// class, stored contiguously so a feature's scores are one cache line. The same
// decoder serves training (which updates the weights where it was wrong) and tagging.

export type { Weights };


const { P1, P2P1, P1Low, P1Short, Hist, HistShort } = DYN;

/** Called on each token: the features and classes it saw, and the class it chose. Training updates there. */
export type OnToken = (feats: number[], predicted: number, token: number) => number;

/**
 * The document's tag history: for each capitalised word (by the hash of its lower case),
 * how often each type (or O) was given it so far, five counts from the word's offset
 * in one array reused from document to document.
 */
class History {
  private readonly at = new Map<number, number>();
  private used = 0;

  /** The type (or O, 0) most given to the word so far, the first of equals; 5 when it has none. */
  best(low: number): number {
    const o = this.at.get(low | 0);
    if (o === undefined) return 5;
    let best = 0;
    for (let k = 1; k < 5; k++) if (historyCounts[o + k]! > historyCounts[o + best]!) best = k;
    return best;
  }

  add(low: number, cls: number): void {
    let o = this.at.get(low | 0);
    if (o === undefined) {
      if (this.used + 5 > historyCounts.length) {
        const grown = new Int32Array(historyCounts.length * 2);
        grown.set(historyCounts);
        historyCounts = grown;
      }
      this.at.set(low | 0, (o = this.used));
      this.used += 5;
      historyCounts.fill(0, o, o + 5);
    }
    historyCounts[o + classType(cls) + 1]!++;
  }
}
let historyCounts = new Int32Array(5 * 256);

/** The history's answer for token t: 5 when the word has no history (unseen differs from "tagged O before"). */
function historyBest(d: DocFeatures, t: number, hist: History): number {
  return d.cap[t] ? hist.best(d.low[t]!) : 5;
}

/** The first of the highest-scoring classes. */
function bestOf(scores: Float64Array, classes: Int32Array): number {
  let best = -1;
  for (let j = 0; j < classes.length; j++) {
    const c = classes[j]!;
    if (best < 0 || scores[c]! > scores[best]!) best = c;
  }
  return best;
}

/** Dynamic features of token t, given the two previous classes and the document's tag history, into `out`. */
function dynamicFeatures(out: Uint32Array, d: DocFeatures, t: number, prev: number, prev2: number, hist: History): Uint32Array {
  const best = historyBest(d, t, hist);
  out[0] = mix(P1, prev);
  out[1] = mix(P2P1, prev2 * 32 + prev);
  out[2] = mix(P1Low, mix(prev, d.low[t]!));
  out[3] = mix(P1Short, mix(prev, d.short[t]!));
  out[4] = mix(Hist, best);
  out[5] = mix(HistShort, mix(best, d.short[t]!));
  return out;
}

/** The classes allowed after each previous class (ALLOWED's rows as lists): only their scores are summed. */
const ALLOWED_LIST: Int32Array[] = ALLOWED_AFTER.map((row) => Int32Array.from(row.flatMap((ok, c) => (ok ? [c] : []))));
const EVERY_CLASS = Int32Array.from({ length: NC }, (_, c) => c);

export function scoreInto(weights: Weights, feats: ArrayLike<number>, from: number, to: number, scores: Float64Array, classes: Int32Array = EVERY_CLASS): void {
  const w = weights.w, k = classes.length;
  for (let i = from; i < to; i++) {
    const base = rowBase(weights, feats[i]!);
    if (base < 0) continue;
    for (let j = 0; j < k; j++) {
      const c = classes[j]!;
      scores[c]! += w[base + c]!;
    }
  }
}

/**
 * Greedy left-to-right decoding of one document, each tag conditioned on the two
 * before it and on the tags given to the same capitalised word earlier in the document.
 * `onToken` (training) may replace the chosen class by the one to carry forward.
 */
export function decodeDoc(weights: Weights, d: DocFeatures, onToken?: OnToken): Uint8Array {
  const n = d.tokens;
  const tags = new Uint8Array(n);
  const scores = new Float64Array(NC);
  const hist = new History();
  const dynBuffer = new Uint32Array(6);
  let s = 0;
  for (let t = 0; t < n; t++) {
    while (d.sentenceStarts[s + 1]! <= t) s++;
    const first = d.sentenceStarts[s]!;
    // START (NC) before the first token of a sentence.
    const prev = t > first ? tags[t - 1]! : NC;
    const prev2 = t > first + 1 ? tags[t - 2]! : NC;
    // Tagging only: a word in lower case, a number or punctuation outside a name, in a line whose
    // case means something, is never the start of a name in CoNLL's English; the model is not asked.
    if (d.words && (prev === 0 || prev === NC) && d.caseless![t] === 0 && !d.words[t]!.cap) {
      tags[t] = 0;
      continue;
    }
    scores.fill(0);
    // Only the classes allowed after prev can be chosen (two inside a name): the others are never summed.
    const classes = ALLOWED_LIST[prev === NC ? 0 : prev + 1]!;
    // Tagging scores from its caches (tagscore.ts); training from the document's buffer, as it updates those features.
    let best: number;
    if (d.view) {
      scoreToken(weights, d, t, first, d.sentenceStarts[s + 1]!, prev, prev2, historyBest(d, t, hist), scores, classes);
      best = bestOf(scores, classes);
    } else {
      const dyn = dynamicFeatures(dynBuffer, d, t, prev, prev2, hist);
      const feats = d.feats!, from = d.offsets![t]!, to = d.offsets![t + 1]!;
      scoreInto(weights, feats, from, to, scores, classes);
      scoreInto(weights, dyn, 0, dyn.length, scores, classes);
      best = bestOf(scores, classes);
      if (onToken) best = onToken([...feats.subarray(from, to), ...dyn], best, t);
    }
    tags[t] = best;
    if (d.cap[t]) hist.add(d.low[t]!, best);
  }
  return tags;
}
