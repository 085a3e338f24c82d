import type { ConllDoc } from "./conll.js";
import { featurizeDoc, type DocFeatures } from "./features.js";
import { seededRandom } from "./hash.js";
import { N_CLASSES, tagsFromSpans } from "./labels.js";
import { decodeDoc, type Weights } from "./model.js";

// An averaged perceptron (Collins 2002) trained with the greedy decoder it is
// used with: each token is tagged with the tags the model itself gave the tokens
// before it, and when it is wrong the gold class's weights go up and the chosen
// one's down. Averaging the weights over every step keeps it from chasing the
// last documents seen. Deterministic: documents are shuffled by a seeded generator.

export interface TrainOptions {
  epochs: number;
  bits: number;
  seed: number;
  /** Called after each epoch with the epoch number and the token error rate. */
  progress?: (epoch: number, errorRate: number) => void;
}

interface Example {
  features: DocFeatures;
  gold: Uint8Array;
}

function examples(docs: ConllDoc[]): Example[] {
  return docs.map((doc) => {
    const features = featurizeDoc(doc.map((s) => s.words));
    const gold = new Uint8Array(features.tokens);
    let t = 0;
    for (const s of doc) {
      gold.set(tagsFromSpans(s.words.length, s.spans), t);
      t += s.words.length;
    }
    return { features, gold };
  });
}

export function trainPerceptron(docs: ConllDoc[], opts: TrainOptions): Weights {
  const size = (1 << opts.bits) * N_CLASSES;
  const mask = (1 << opts.bits) - 1;
  const w = new Float32Array(size);
  // Sum of step × update: the average is w - u / steps (Daumé's trick), without touching every weight each step.
  const u = new Float64Array(size);
  const weights: Weights = { bits: opts.bits, w, scale: 1 };
  const data = examples(docs);
  const order = data.map((_, i) => i);
  const random = seededRandom(opts.seed);
  let step = 1;
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let errors = 0, tokens = 0;
    for (const k of order) {
      const { features, gold } = data[k]!;
      decodeDoc(weights, features, (feats, predicted, t) => {
        const g = gold[t]!;
        tokens++;
        if (predicted !== g) {
          errors++;
          for (const f of feats) {
            const base = (f & mask) * N_CLASSES;
            w[base + g]! += 1;
            u[base + g]! += step;
            w[base + predicted]! -= 1;
            u[base + predicted]! -= step;
          }
        }
        step++;
        return predicted;
      });
    }
    opts.progress?.(epoch, errors / tokens);
  }
  const avg = new Float32Array(size);
  for (let i = 0; i < size; i++) avg[i] = w[i]! - u[i]! / step;
  return { bits: opts.bits, w: avg, scale: 1 };
}
