import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { articleCandidates } from "../../../loaders/actors/index.js";
import { resetNerModel } from "../../../loaders/actors/ner/tagdoc.js";
import { rowBase } from "../../../loaders/actors/ner/weights.js";
import { DEFAULT_WEIGHTS, loadWeights, saveWeights, WeightsError } from "../../../loaders/actors/ner/weightsfile.js";
import { doc } from "../helpers.js";
import { scratchDir } from "../../scratch.js";

const dir = scratchDir("dossier-weights-");

describe("the tagger's weights file", () => {
  afterEach(() => {
    delete process.env.DOSSIER_NER_WEIGHTS;
    resetNerModel();
  });

  it("loads the committed weights", () => {
    const w = loadWeights(DEFAULT_WEIGHTS);
    expect(w.w.length % 17).toBe(0);
    expect(w.live?.some((b) => b !== 0)).toBe(true);
  });

  it("keeps only live buckets, and every bucket reads back as it was saved", () => {
    const dense = new Int16Array((1 << 10) * 17);
    for (let b = 0; b < 1 << 10; b += 7) dense[b * 17 + (b % 17)] = b - 500;
    const path = join(dir, "small.bin.gz");
    saveWeights(path, { bits: 10, w: dense, scale: 0.5 });
    const w = loadWeights(path);
    expect(w.scale).toBe(0.5);
    expect(w.w.length).toBe(Math.ceil(1024 / 7) * 17);
    for (let b = 0; b < 1 << 10; b++) {
      const base = rowBase(w, b + (5 << 20));
      const row = base < 0 ? new Int16Array(17) : w.w.subarray(base, base + 17);
      expect([...row]).toEqual([...dense.subarray(b * 17, b * 17 + 17)]);
    }
  });

  it("a missing file is one error naming the file and npm run train", () => {
    const path = join(dir, "missing.bin.gz");
    expect(() => loadWeights(path)).toThrow(WeightsError);
    expect(() => loadWeights(path)).toThrow(`${path}: the name tagger's weights file is missing; run \`npm run train\` to make it`);
  });

  it("a corrupt, foreign or truncated file is refused the same way", () => {
    const garbage = join(dir, "garbage.bin.gz");
    writeFileSync(garbage, "not gzip at all");
    expect(() => loadWeights(garbage)).toThrow(/garbage\.bin\.gz: the name tagger's weights file is corrupt .*npm run train/);
    const foreign = join(dir, "foreign.bin.gz");
    writeFileSync(foreign, gzipSync('{"magic":"something else"}\n'));
    expect(() => loadWeights(foreign)).toThrow(/foreign\.bin\.gz: not a name tagger weights file; run `npm run train`/);
    const truncated = join(dir, "truncated.bin.gz");
    const raw = gunzipSync(readFileSync(DEFAULT_WEIGHTS));
    writeFileSync(truncated, gzipSync(raw.subarray(0, raw.length - 1000)));
    expect(() => loadWeights(truncated)).toThrow(/truncated\.bin\.gz: the weights file is truncated/);
  });

  it("tagging an article without weights throws instead of finding no names", () => {
    process.env.DOSSIER_NER_WEIGHTS = join(dir, "missing.bin.gz");
    resetNerModel();
    expect(() => articleCandidates(doc("a", "Mayor Ilse Varga of Lindholm opened the new bridge on Sunday."))).toThrow(/npm run train/);
  });

  it("dossier extract stops with that one line when the weights are missing", () => {
    const input = join(dir, "in");
    mkdirSync(input, { recursive: true });
    writeFileSync(join(input, "a.txt"), "Mayor Ilse Varga of Lindholm opened the new bridge on Sunday, the city council said.\n");
    const r = spawnSync(process.execPath, ["bin/dossier.js", "extract", input, "--out", join(dir, "out"), "--quiet", "--cache", join(dir, "cache")], {
      encoding: "utf8",
      env: { ...process.env, DOSSIER_NER_WEIGHTS: join(dir, "missing.bin.gz") },
    });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain("missing.bin.gz: the name tagger's weights file is missing; run `npm run train` to make it");
  });
});
