import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/corpus.js";
import { MIN_PARALLEL } from "../../loaders/plan/executor.js";
import { buildFolder, tablesOf } from "../../loaders/plan/build.js";
import { Pool } from "../../loaders/parallel/pool.js";
import { ingestFile, listArticleFiles } from "../../loaders/ingest/index.js";
import { extractFolder } from "../../loaders/pipeline.js";
import { scratchDir } from "../scratch.js";

describe("parallel extraction", () => {
  const dir = scratchDir("dossier-par-");
  generateCorpus(dir, MIN_PARALLEL + 8, 3);

  it("gives the same tables on 2 worker threads as on one thread", async () => {
    const serial = await extractFolder(dir);
    const parallel = await buildFolder(dir, { jobs: 2 });
    expect(tablesOf(parallel)).toEqual(serial.tables);
    expect(parallel.problems).toEqual(serial.problems);
  });

  // --jobs 2 splits each article's halves by stage with one worker; more jobs share whole articles among workers.
  it("gives the same tables with whole articles shared among 3 workers (--jobs 3)", async () => {
    const serial = await extractFolder(dir);
    const parallel = await buildFolder(dir, { jobs: 3 });
    expect(tablesOf(parallel)).toEqual(serial.tables);
    expect(parallel.problems).toEqual(serial.problems);
  });

  it("knows each worker's peak heap (the benchmark's memory per worker)", async () => {
    const pool = new Pool(2);
    try {
      expect(pool.peakHeapMB).toEqual([]);
      expect(pool.peakLiveMB).toEqual([]);
      const raws = listArticleFiles(dir).slice(0, 4).map((f) => ingestFile(join(dir, f), null));
      await Promise.all(raws.map((raw) => pool.run({ type: "read", raw, repeated: [] })));
      const peaks = pool.peakHeapMB;
      expect(peaks.length).toBeGreaterThanOrEqual(1);
      // A worker that loaded the stages holds their lexicons and gazetteers: tens of MB, not gigabytes.
      for (const mb of peaks) expect(mb).toBeGreaterThan(5), expect(mb).toBeLessThan(2000);
      // Live (after a full GC, 0 before the first one) never exceeds committed.
      pool.peakLiveMB.forEach((live, i) => expect(live).toBeLessThanOrEqual(peaks[i]!));
    } finally {
      await pool.close();
    }
  });
});
