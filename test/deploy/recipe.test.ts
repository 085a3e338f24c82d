import { spawn } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/corpus.js";
import { TABLE_NAMES } from "../../loaders/types.js";
import { scratchDir } from "../scratch.js";

// deploy/github-actions.yml as the runner would run it, on this machine: each
// matrix job's `run:` lines in a process of its own with its own output folder
// (its own machine), their parts gathered as download-artifact gathers them,
// then the reduce job's merge. The tables must be one run's, byte for byte.

interface Step { name?: string; run?: string; uses?: string; with?: Record<string, unknown> }
interface Workflow { env: Record<string, string>; jobs: { map: { strategy: { matrix: { shard: number[] } }; steps: Step[] }; reduce: { needs: string; steps: Step[] } } }

const workflow = parse(readFileSync("deploy/github-actions.yml", "utf8")) as Workflow;

/** A `run:` line with the expressions GitHub would fill in, run by sh as the runner does. */
function sh(line: string, context: Record<string, string>, env: Record<string, string>): Promise<{ status: number | null; stderr: string }> {
  const command = line.replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (_, name: string) => {
    if (!(name in context)) throw new Error(`the recipe uses \${{ ${name} }}, which this test does not know`);
    return context[name]!;
  });
  return new Promise((done) => {
    const child = spawn("sh", ["-ec", command], { env: { ...process.env, ...env } });
    let stderr = "";
    child.stderr.on("data", (b) => (stderr += b));
    child.on("close", (status) => done({ status, stderr }));
  });
}

const dossierSteps = (steps: Step[]) => steps.filter((s) => s.run?.includes("npx dossier")).map((s) => s.run!);

describe("deploy/github-actions.yml: the map on N machines, the reduce after", () => {
  it("maps every shard on its own, reduces after, and gives one run's tables", { timeout: 300_000 }, async () => {
    const root = scratchDir("dossier-deploy-");
    const corpus = join(root, "corpus");
    generateCorpus(corpus, 24, 9);
    const shards = workflow.jobs.map.strategy.matrix.shard;
    expect(shards.length).toBeGreaterThan(1);
    expect(workflow.jobs.reduce.needs).toBe("map");
    const [mapLine] = dossierSteps(workflow.jobs.map.steps);
    expect(mapLine).toMatch(/--shard/);
    // Each machine: its own PARTS folder, all at once.
    const runs = await Promise.all(shards.map((k) => {
      const parts = join(root, `machine-${k}`, "parts");
      return sh(mapLine!, { "matrix.shard": String(k), "strategy.job-total": String(shards.length) }, { ...workflow.env, CORPUS: corpus, PARTS: parts });
    }));
    for (const r of runs) expect(r.status, r.stderr).toBe(0);
    // download-artifact with merge-multiple: every machine's shard folder under one PARTS.
    const download = workflow.jobs.reduce.steps.find((s) => s.uses?.startsWith("actions/download-artifact"))!;
    expect(download.with).toMatchObject({ pattern: "parts-*", "merge-multiple": true });
    const gathered = join(root, "reduce", "parts");
    mkdirSync(gathered, { recursive: true });
    for (const k of shards) cpSync(join(root, `machine-${k}`, "parts"), gathered, { recursive: true });
    expect(readdirSync(gathered).sort()).toEqual(shards.map((k) => `shard-${k}-of-${shards.length}`).sort());
    const tables = join(root, "reduce", "tables");
    const [mergeLine] = dossierSteps(workflow.jobs.reduce.steps);
    const merged = await sh(mergeLine!, {}, { ...workflow.env, PARTS: gathered, TABLES: tables });
    expect(merged.status, merged.stderr).toBe(0);

    const one = join(root, "one");
    const single = await sh(`npx dossier extract "${corpus}" --out "${one}" --format both --quiet`, {}, {});
    expect(single.status, single.stderr).toBe(0);
    for (const t of TABLE_NAMES)
      for (const ext of ["json", "parquet"]) expect(readFileSync(join(tables, `${t}.${ext}`)).equals(readFileSync(join(one, `${t}.${ext}`))), `${t}.${ext}`).toBe(true);
  });
});
