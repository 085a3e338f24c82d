import { spawn, spawnSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/corpus.js";
import { inShard } from "../../loaders/plan/parts.js";
import { TABLE_NAMES } from "../../loaders/types.js";
import { scratchDir } from "../scratch.js";

// The map on N machines, the reduce after: each shard is its own process (as on
// its own machine), writing only its parts; `dossier merge` reads every shard's
// parts and must give the seven tables one run over the folder gives, byte for byte.

const tmp = (p: string) => scratchDir(`dossier-${p}-`);
const dossier = (...args: string[]) => {
  const r = spawnSync(process.execPath, ["bin/dossier.js", ...args], { encoding: "utf8" });
  return r.signal ? { ...r, stderr: `killed by ${r.signal}; ${r.stderr}` } : r;
};
const dossierAsync = (...args: string[]) =>
  new Promise<{ status: number | null; stderr: string }>((done) => {
    const child = spawn(process.execPath, ["bin/dossier.js", ...args]);
    let stderr = "";
    child.stderr.on("data", (b) => (stderr += b));
    child.on("close", (status, signal) => done({ status, stderr: signal ? `killed by ${signal}; ${stderr}` : stderr }));
  });

describe("dossier extract --shard k/n, then dossier merge", () => {
  const dir = tmp("shards-in");
  generateCorpus(dir, 30, 5);
  // Two articles of one outlet sharing a line: the repeated-line rule spans shards.
  writeFileSync(join(dir, "a-own.txt"), "Support our newsroom today.\n\nThe minister of Norland met the envoy of Sorvia in Kestrel on Monday, officials said in a statement.\n");
  writeFileSync(join(dir, "b-own.txt"), "Support our newsroom today.\n\nThe envoy of Sorvia said on Tuesday that 40 engineers would travel to Kestrel next month.\n");
  writeFileSync(join(dir, "sources.csv"), `${readFileSync(join(dir, "sources.csv"), "utf8")}a-own.txt,,Norland Post,,2024-05-02,,en\nb-own.txt,,Norland Post,,2024-05-03,,en\n`);

  it("3 shards in 3 processes, merged, give one run's seven tables byte for byte", async () => {
    const one = tmp("one");
    expect(dossier("extract", dir, "--out", one, "--quiet", "--format", "both").status).toBe(0);
    const parts = tmp("parts");
    const runs = await Promise.all([1, 2, 3].map((k) => dossierAsync("extract", dir, "--shard", `${k}/3`, "--out", parts, "--jobs", "1", "--quiet")));
    for (const r of runs) expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(parts).sort()).toEqual(["shard-1-of-3", "shard-2-of-3", "shard-3-of-3"]);
    // Every shard holds some of the articles, never all: the work is split.
    const counts = [1, 2, 3].map((k) => readFileSync(join(parts, `shard-${k}-of-3`, "parts.ndjson"), "utf8").split("\n").filter(Boolean).length);
    expect(counts.reduce((a, b) => a + b)).toBe(32);
    expect(Math.max(...counts)).toBeLessThan(32);
    const merged = tmp("merged");
    const r = dossier("merge", parts, "--out", merged, "--quiet", "--format", "both");
    expect(r.status, r.stderr).toBe(0);
    for (const t of TABLE_NAMES) {
      expect(readFileSync(join(merged, `${t}.json`)).equals(readFileSync(join(one, `${t}.json`))), `${t}.json`).toBe(true);
      expect(readFileSync(join(merged, `${t}.parquet`)).equals(readFileSync(join(one, `${t}.parquet`))), `${t}.parquet`).toBe(true);
    }
    const articles = JSON.parse(readFileSync(join(merged, "articles.json"), "utf8")) as { id: string; boilerplate: string[] }[];
    expect(articles.find((a) => a.id === "a-own")!.boilerplate).toContain("Support our newsroom today.");
  });

  it("reports each problem of the folder once across shards and merge, as one run does", async () => {
    const bad = tmp("shards-bad");
    generateCorpus(bad, 12, 7);
    writeFileSync(join(bad, "empty-one.txt"), "");
    writeFileSync(join(bad, "empty-two.txt"), "   \n");
    writeFileSync(join(bad, "sources.csv"), `${readFileSync(join(bad, "sources.csv"), "utf8")}gone.txt,,Norland Post,,2024-05-02,,en\n`);
    const problemLines = (stderr: string) => stderr.split("\n").filter((l) => / (error|warning): /.test(l)).sort();
    const one = dossier("extract", bad, "--out", tmp("bad-one"));
    expect(one.status).toBe(1);
    const expected = problemLines(one.stderr);
    expect(expected.filter((l) => /empty-one\.txt|empty-two\.txt|"gone\.txt"/.test(l))).toHaveLength(3);
    const parts = tmp("bad-parts");
    const runs = await Promise.all([1, 2, 3].map((k) => dossierAsync("extract", bad, "--shard", `${k}/3`, "--out", parts, "--jobs", "1")));
    // The merge reports the problems each shard carried in its header, then those found reading the parts.
    const merged = dossier("merge", parts, "--out", tmp("bad-merged"));
    expect(merged.status).toBe(1);
    expect(problemLines(merged.stderr)).toEqual(expected);
    // Each shard names only the unreadable files it owns, and only shard 1 the row naming no file.
    const own = runs.map((r) => problemLines(r.stderr));
    expect(own.flat().sort()).toEqual(expected.filter((l) => /empty-one\.txt|empty-two\.txt|"gone\.txt"/.test(l)));
    expect(own[0]!.some((l) => l.includes('"gone.txt"'))).toBe(true);
  });

  it("assigns every article to exactly one shard, by its id alone", () => {
    const ids = readdirSync(dir).filter((f) => f.endsWith(".txt")).map((f) => f.replace(/\.txt$/, ""));
    for (const n of [1, 2, 3, 7]) for (const id of ids) expect([...Array(n).keys()].filter((k) => inShard(id, { k: k + 1, n })), id).toHaveLength(1);
  });

  it("refuses, in one line, parts with a shard missing or given twice", () => {
    const parts = tmp("parts2");
    for (const k of [1, 3]) expect(dossier("extract", dir, "--shard", `${k}/3`, "--out", parts, "--jobs", "1", "--quiet").status).toBe(0);
    let r = dossier("merge", parts, "--out", tmp("m"));
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/shard 2 of 3 missing/);
    r = dossier("merge", join(parts, "shard-1-of-3"), join(parts, "shard-1-of-3"), join(parts, "shard-3-of-3"), "--out", tmp("m"));
    expect(r.stderr).toMatch(/shard 1 of 3 given twice/);
    rmSync(join(parts, "shard-3-of-3", "shard.json"));
    writeFileSync(join(parts, "shard-3-of-3", "shard.json"), "{not json");
    r = dossier("merge", parts, "--out", tmp("m"));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/shard-3-of-3\/shard\.json: unreadable shard header/);
  });
});
