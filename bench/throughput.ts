// npm run bench:throughput: where one whole `dossier extract` of 1,000 articles
// spends its time, with --jobs 1 and --jobs 2 — the run bench/run.ts times
// against compromise, but each phase apart (DOSSIER_TIMINGS) and with the
// process's CPU time beside the wall clock. On a shared machine the wall clock
// says how busy the others were; CPU time (user + system, every thread of the
// process) moves much less, so compare that before and after a change.
// BENCH_ROUNDS (default 3) runs of each, alternated; medians are printed. Each
// round also times compromise (bench/baseline.ts) on the same articles'
// cleaned texts in this process, so the goal's ratio is measured under the
// load the extractions met: per round, compromise's time over the faster of
// the two extractions.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { compromiseBaseline } from "./baseline.js";
import { generateCorpus, paragraphPool } from "./corpus.js";
import { cleanArticle } from "../loaders/clean/index.js";
import { ingestFile, listArticleFiles } from "../loaders/ingest/index.js";

type Report = (key: string, value: string) => void;

const PHASES = ["start", "plan", "extract", "resolve", "finish"] as const;
/** Prints the child's own CPU time when it exits: Node gives no resource usage of a child. */
const CPU_HOOK = `data:text/javascript,process.on("exit",()=>process.stderr.write("cpu "+JSON.stringify(process.cpuUsage())+"\\n"))`;

interface Run {
  wall: number;
  cpu: number;
  phases: Record<string, number>;
}

function extract(dir: string, out: string, jobs: number): Run {
  const t = performance.now();
  const r = spawnSync(process.execPath, ["--import", CPU_HOOK, "bin/dossier.js", "extract", dir, "--out", out, "--quiet", "--jobs", String(jobs)], {
    encoding: "utf8",
    env: { ...process.env, DOSSIER_TIMINGS: "1" },
    maxBuffer: 1 << 26,
  });
  const wall = (performance.now() - t) / 1000;
  if (r.status !== 0 && r.status !== 1) throw new Error(`dossier extract failed: ${r.stderr}`);
  const timings = JSON.parse(/^timings (.*)$/m.exec(r.stderr)?.[1] ?? "{}") as Record<string, number>;
  const cpu = JSON.parse(/^cpu (.*)$/m.exec(r.stderr)?.[1] ?? '{"user":0,"system":0}') as { user: number; system: number };
  return { wall, cpu: (cpu.user + cpu.system) / 1e6, phases: timings };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (n: number) => Math.round(n).toLocaleString("en-US");

export function benchThroughput(report: Report): void {
  const work = mkdtempSync(join(tmpdir(), "dossier-throughput-"));
  try {
    const dir = join(work, "k");
    // The corpus bench/run.ts times against compromise: same pool, size and seed.
    const { words } = generateCorpus(dir, 1000, 11, paragraphPool(["data/articles", "test/fixtures"]));
    // A first run builds the bundle of loaders/ (bin/bundle.js) that later runs start from.
    extract(dir, join(work, "warm"), 2);
    const texts = listArticleFiles(dir).map((f) => cleanArticle(ingestFile(join(dir, f), null)).text);
    compromiseBaseline(texts.slice(0, 20));
    const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
    const runs: Record<number, Run[]> = { 1: [], 2: [] };
    const baseline: number[] = [];
    const ratios: number[] = [];
    const load = loadavg()[0]!;
    for (let i = 0; i < rounds; i++) {
      for (const jobs of [1, 2]) runs[jobs]!.push(extract(dir, join(work, `o${jobs}`), jobs));
      const t = performance.now();
      compromiseBaseline(texts);
      baseline.push((performance.now() - t) / 1000);
      ratios.push(baseline[i]! / Math.min(runs[1]![i]!.wall, runs[2]![i]!.wall));
    }
    for (const jobs of [1, 2]) {
      const rs = runs[jobs]!;
      const wall = median(rs.map((r) => r.wall));
      const label = `whole-process extraction, 1,000 articles (${fmt(words)} words), ${jobs === 1 ? "1 thread" : `--jobs ${jobs} (this thread and ${jobs - 1} worker)`}, median of ${rounds}`;
      report(label, `${wall.toFixed(2)} s, ${fmt(words / wall)} words/s; CPU ${median(rs.map((r) => r.cpu)).toFixed(2)} s`);
      report(`${label}, phases (ms)`, PHASES.map((p) => `${p} ${fmt(median(rs.map((r) => r.phases[p] ?? 0)))}`).join(", "));
    }
    report(`compromise people/places/organizations/numbers, same articles cleaned, in this process, median of ${rounds}`, `${fmt(words / median(baseline))} words/s`);
    report("ratio Dossier (faster of 1 thread and --jobs 2) / compromise, per round", `median ${median(ratios).toFixed(2)} (${ratios.map((r) => r.toFixed(2)).join(", ")})`);
    report("load average when the runs began (1 min)", `${load.toFixed(2)} on ${availableParallelism()} cores`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) benchThroughput((k, v) => console.log(`${k}: ${v}`));
