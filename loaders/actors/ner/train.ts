import { statSync } from "node:fs";
import { readConll } from "./conll.js";
import { trainPerceptron } from "./perceptron.js";
import { DEFAULT_WEIGHTS, saveWeights } from "./weightsfile.js";

// npm run train: the name tagger from CoNLL-2003's training part, read from
// ../shared (never copied into the repository). Same data, same seed, same weights.
// NER_EPOCHS and NER_BITS change the defaults for experiments only: the committed
// weights use the defaults (the loader reads the bucket count from the file's header).

export const TRAIN_FILE = process.env.DOSSIER_CONLL_TRAIN ?? "../shared/dev-corpora/conll2003/eng.train";
export const TRAINING = { epochs: Number(process.env.NER_EPOCHS ?? 10), bits: Number(process.env.NER_BITS ?? 19), seed: 20030601 };

export function main(out = process.argv[2] ?? DEFAULT_WEIGHTS): void {
  const t0 = performance.now();
  const docs = readConll(TRAIN_FILE);
  const weights = trainPerceptron(docs, {
    ...TRAINING,
    progress: (epoch, err) => console.error(`epoch ${epoch}: ${(100 * err).toFixed(2)}% tokens wrong`),
  });
  saveWeights(out, weights);
  console.error(`${out}: ${(statSync(out).size / 1e6).toFixed(1)} MB, trained on ${docs.length} documents in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
