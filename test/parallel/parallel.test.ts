import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/corpus.js";
import { extractFolderParallel, MIN_PARALLEL } from "../../loaders/parallel/extract.js";
import { Pool } from "../../loaders/parallel/pool.js";
import { ingestFile, listArticleFiles } from "../../loaders/ingest/index.js";
import { mergeShards } from "../../loaders/tables/merge.js";
import { writeTables } from "../../loaders/tables/write.js";
import { extractFolder, inShard } from "../../loaders/pipeline.js";

describe("parallel and sharded extraction", () => {
  const dir = mkdtempSync(join(tmpdir(), "dossier-par-"));
  generateCorpus(dir, MIN_PARALLEL + 8, 3);
  const serial = extractFolder(dir);

  it("gives the same tables on 2 worker threads as on one thread", async () => {
    const parallel = await extractFolderParallel(dir, { jobs: 2 });
    expect(parallel.tables).toEqual(serial.tables);
    expect(parallel.problems).toEqual(serial.problems);
  });

  it("splits articles into stable shards whose merge has every row", async () => {
    const ids = readdirSync(dir).filter((f) => f.endsWith(".txt")).map((f) => f.replace(/\.txt$/, ""));
    const n = 3;
    const owners = ids.map((id) => [1, 2, 3].filter((k) => inShard(id, { k, n })));
    expect(owners.every((o) => o.length === 1)).toBe(true);
    const out = mkdtempSync(join(tmpdir(), "dossier-shards-"));
    const folders: string[] = [];
    for (let k = 1; k <= n; k++) {
      const { tables } = extractFolder(dir, { shard: { k, n } });
      const folder = join(out, `shard-${k}-of-${n}`);
      writeTables(tables, folder, "parquet");
      folders.push(folder);
    }
    const merged = await mergeShards(folders);
    expect(merged.articles.map((a) => a.id).sort()).toEqual(serial.tables.articles.map((a) => a.id).sort());
    // Dates need no other article: the same whatever the sharding.
    expect(merged.dates).toEqual(serial.tables.dates);
    // Each shard resolves actors on its own (README: a bare surname joins an actor only
    // when its shard has the full name), so rows that hang on mentions (quote speakers,
    // figures' owners, event roles) may differ slightly, never by much.
    for (const t of ["figures", "quotes", "events"] as const)
      expect(Math.abs(merged[t].length - serial.tables[t].length), t).toBeLessThanOrEqual(Math.max(2, serial.tables[t].length * 0.02));
    const mentions = (t: { mentions: number }[]) => t.reduce((s, a) => s + a.mentions, 0);
    expect(mentions(merged.actors)).toBe(merged.mentions.length);
    expect(Math.abs(merged.mentions.length - serial.tables.mentions.length)).toBeLessThanOrEqual(serial.tables.mentions.length * 0.02);
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
