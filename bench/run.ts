// npm run bench: accuracy against the seed gold, then speed, each section a
// function that prints its numbers through `report` (a section of its own goes
// in its own file, imported here and called once below). Sizes:
// BENCH_STAGE_ARTICLES (default 300), BENCH_LARGE (default 10000), BENCH_RUNS (default 3);
// BENCH_OLD=<checkout of another commit> times that commit's build beside this one.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { compromiseBaseline } from "./baseline.js";
import { benchBuild } from "./build.js";
import { benchDates } from "./dates.js";
import { benchEvents } from "./events.js";
import { benchNer } from "./ner.js";
import { benchNerTbaq } from "./ner-tbaq.js";
import { generateCorpus, paragraphPool } from "./corpus.js";
import { STAGES, timeStages } from "./stages.js";
import { benchThroughput } from "./throughput.js";
import { cleanArticle } from "../loaders/clean/index.js";
import { ingestFile, listArticleFiles } from "../loaders/ingest/index.js";

type Report = (key: string, value: string) => void;

const STAGE_N = Number(process.env.BENCH_STAGE_ARTICLES ?? 300);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const work = mkdtempSync(join(tmpdir(), "dossier-bench-"));
const pool = paragraphPool(["data/articles", "test/fixtures"]);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (n: number) => Math.round(n).toLocaleString("en-US");
const seconds = (f: () => void) => {
  const t = performance.now();
  f();
  return (performance.now() - t) / 1000;
};
const dossier = (...args: string[]) => {
  const r = spawnSync(process.execPath, ["bin/dossier.js", ...args], { encoding: "utf8", maxBuffer: 1 << 26 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`dossier ${args.join(" ")} failed: ${r.stderr}`);
  return r;
};

/** The number that matters most: the seed gold. */
function accuracy(report: Report): void {
  const gold = join(work, "gold");
  dossier("extract", "../shared/seeds", "--out", gold, "--quiet", "--jobs", "1");
  const score = execFileSync(process.execPath, ["../shared/tools/score-gold.mjs", gold], { encoding: "utf8" }).trim().split("\n");
  report("seed gold (score-gold.mjs)", score.at(-1)!);
}

/** Per stage, one core: median of RUNS passes after a warm-up; then the baseline a JS user would pick. */
function stages(report: Report): void {
  const small = join(work, "small");
  generateCorpus(small, STAGE_N, 7, pool);
  timeStages(small);
  const passes = Array.from({ length: RUNS }, () => timeStages(small));
  const words = passes[0]!.words;
  let total = 0;
  for (const s of STAGES) {
    const ms = median(passes.map((p) => p.ms[s]));
    total += ms;
    report(`words/s ${s}`, fmt(words / (ms / 1000)));
  }
  const dossierRate = words / (total / 1000);
  report(`words/s whole pipeline (${STAGE_N} articles, ${fmt(words)} words, 1 core)`, fmt(dossierRate));
  const texts = listArticleFiles(small).map((f) => cleanArticle(ingestFile(join(small, f), null)).text);
  compromiseBaseline(texts.slice(0, 20));
  const baseline = median(Array.from({ length: RUNS }, () => seconds(() => compromiseBaseline(texts))));
  report("words/s compromise people/places/organizations/numbers", fmt(words / baseline));
  report("ratio Dossier / compromise", (dossierRate / (words / baseline)).toFixed(2));
}

/**
 * Peak memory of one thread extracting 1,000 articles, and 1 → 2 worker scaling with each
 * worker's peak heap (DOSSIER_TIMINGS makes a run print it): it must not grow with the corpus.
 */
function memoryAndScaling(report: Report): void {
  const thousand = join(work, "k");
  const { words } = generateCorpus(thousand, 1000, 11, pool);
  const rss = median(Array.from({ length: RUNS }, () => JSON.parse(execFileSync(process.execPath, ["--import", "tsx", "bench/rss.ts", thousand], { encoding: "utf8" })).maxRssMB));
  report("peak RSS per 1,000 articles (1 thread)", `${fmt(rss)} MB`);
  const heaps: { peakHeapMB: number[]; peakLiveMB: number[] }[] = [];
  const timed = (jobs: number) => {
    let r: ReturnType<typeof dossier> | undefined;
    const s = seconds(() => (r = dossier("extract", thousand, "--out", join(work, `o${jobs}`), "--quiet", "--jobs", String(jobs))));
    const m = r!.stderr.match(/^workers (.*)$/m);
    if (m) heaps.push(JSON.parse(m[1]!));
    return s;
  };
  process.env.DOSSIER_TIMINGS = "1";
  const cores = Math.max(2, availableParallelism());
  const [one, many] = [timed(1), timed(cores)];
  delete process.env.DOSSIER_TIMINGS;
  report(`scaling 1 → ${cores} workers (1,000 articles, wall clock incl. start-up)`, `${one.toFixed(1)} s → ${many.toFixed(1)} s (×${(one / many).toFixed(2)})`);
  // The whole process (start-up, map, reduce, writing) against compromise on the same cleaned texts, in this run.
  const texts = listArticleFiles(thousand).map((f) => cleanArticle(ingestFile(join(thousand, f), null)).text);
  compromiseBaseline(texts.slice(0, 20));
  const baseline = seconds(() => compromiseBaseline(texts));
  const best = Math.min(one, many);
  report(`whole-process extraction, 1,000 articles (${fmt(words)} words, faster of 1 and ${cores} workers)`,
    `${fmt(words / best)} words/s; compromise ${fmt(words / baseline)} words/s; ratio ${(baseline / best).toFixed(2)}`);
  const peak = (k: "peakHeapMB" | "peakLiveMB") => fmt(Math.max(0, ...heaps.flatMap((h) => h[k])));
  report("heap per worker, 1,000 articles (peak live after full GC; peak committed)", `${peak("peakLiveMB")} MB; ${peak("peakHeapMB")} MB`);
}

/** Framework build of the report: the seeds (and the large corpus unless BENCH_SKIP_LARGE_BUILD=1). */
function frameworkBuild(report: Report): void {
  const build = (articles: string) => seconds(() => execFileSync("npm", ["run", "build"], { env: { ...process.env, DOSSIER_ARTICLES: articles }, stdio: "pipe" }));
  report("framework build, seeds", `${build("data/articles").toFixed(1)} s`);
  if (process.env.BENCH_SKIP_LARGE_BUILD !== "1") {
    const large = join(work, "large-build");
    const n = Number(process.env.BENCH_LARGE ?? 10000);
    generateCorpus(large, n, 42, pool);
    report(`framework build, ${fmt(n)} articles`, `${build(large).toFixed(1)} s`);
  }
  execFileSync("npm", ["run", "build"], { stdio: "pipe" });
}

const rows: [string, string][] = [];
const report: Report = (k, v) => {
  rows.push([k, v]);
  console.error(`  ${k}: ${v}`);
};
try {
  accuracy(report);
  benchNer(report);
  benchNerTbaq(report);
  benchEvents(report);
  benchDates(report);
  stages(report);
  memoryAndScaling(report);
  benchThroughput(report);
  benchBuild(report);
  frameworkBuild(report);
} finally {
  console.log("\n| measure | value |\n| --- | --- |");
  for (const [k, v] of rows) console.log(`| ${k} | ${v} |`);
  writeFileSync(join(work, "bench.md"), rows.map(([k, v]) => `| ${k} | ${v} |`).join("\n"));
  rmSync(work, { recursive: true, force: true });
}
