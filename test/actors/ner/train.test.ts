import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readConll } from "../../../loaders/actors/ner/conll.js";
import { featurizeDoc } from "../../../loaders/actors/ner/features.js";
import { spansFromTags } from "../../../loaders/actors/ner/labels.js";
import { decodeDoc } from "../../../loaders/actors/ner/model.js";
import { trainPerceptron } from "../../../loaders/actors/ner/perceptron.js";
import { loadWeights, saveWeights } from "../../../loaders/actors/ner/weightsfile.js";
import { scratchDir } from "../../scratch.js";

// A tiny corpus in CoNLL's format, written for this test (IOB1 tags, as CoNLL-2003 has them).
const CORPUS = `-DOCSTART- -X- O O

Mayor NNP I-NP O
Ilse NNP I-NP I-PER
Varga NNP I-NP I-PER
visited VBD I-VP O
Lindholm NNP I-NP I-LOC
. . O O

Kestrel NNP I-NP I-ORG
Dynamics NNP I-NP I-ORG
hired VBD I-VP O
Jonas NNP I-NP I-PER
Berg NNP I-NP I-PER
in IN I-PP O
Lindholm NNP I-NP I-LOC
. . O O

-DOCSTART- -X- O O

Varga NNP I-NP I-PER
said VBD I-VP O
Kestrel NNP I-NP I-ORG
Dynamics NNP I-NP I-ORG
would MD I-VP O
stay VB I-VP O
. . O O
`;

describe("training", () => {
  const dir = scratchDir("dossier-train-");
  const file = join(dir, "tiny.conll");
  writeFileSync(file, CORPUS);
  const docs = readConll(file);

  it("reads CoNLL documents, sentences and IOB1 names", () => {
    expect(docs.length).toBe(2);
    expect(docs[0]!.map((s) => s.spans)).toEqual([
      [{ a: 1, b: 3, type: "PER" }, { a: 4, b: 5, type: "LOC" }],
      [{ a: 0, b: 2, type: "ORG" }, { a: 3, b: 5, type: "PER" }, { a: 6, b: 7, type: "LOC" }],
    ]);
  });

  it("is deterministic: the same data and seed write byte-identical weights", () => {
    const opts = { epochs: 5, bits: 12, seed: 7 };
    saveWeights(join(dir, "a.bin.gz"), trainPerceptron(docs, opts));
    saveWeights(join(dir, "b.bin.gz"), trainPerceptron(docs, opts));
    expect(readFileSync(join(dir, "a.bin.gz")).equals(readFileSync(join(dir, "b.bin.gz")))).toBe(true);
  });

  it("learns its training sentences, also after int16 quantisation and reloading", () => {
    saveWeights(join(dir, "c.bin.gz"), trainPerceptron(docs, { epochs: 8, bits: 12, seed: 7 }));
    const weights = loadWeights(join(dir, "c.bin.gz"));
    for (const doc of docs) {
      const tags = decodeDoc(weights, featurizeDoc(doc.map((s) => s.words), true));
      let t = 0;
      for (const s of doc) {
        expect(spansFromTags(tags.subarray(t, t + s.words.length))).toEqual(s.spans);
        t += s.words.length;
      }
    }
  });
});
