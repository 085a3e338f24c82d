// npm run bench: accuracy against the seed gold and speed, measured side by side
// in one run so ratios hold on a noisy machine. Sizes: BENCH_STAGE_ARTICLES
// (default 300), BENCH_LARGE (default 10000), BENCH_RUNS (default 3).
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { compromiseBaseline } from "./baseline.js";
import { benchNer } from "./ner.js";
import { generateCorpus, paragraphPool } from "./corpus.js";
import { STAGES, timeStages } from "./stages.js";
import { cleanArticle } from "../loaders/clean/index.js";
import { ingestFile, listArticleFiles } from "../loaders/ingest/index.js";

const STAGE_N = Number(process.env.BENCH_STAGE_ARTICLES ?? 300);
const LARGE_N = Number(process.env.BENCH_LARGE ?? 10000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const work = mkdtempSync(join(tmpdir(), "dossier-bench-"));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (n: number) => Math.round(n).toLocaleString("en-US");
const rows: [string, string][] = [];
const report = (k: string, v: string) => {
  rows.push([k, v]);
  console.error(`  ${k}: ${v}`);
};
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

// Accuracy first: the number that matters most.
const gold = join(work, "gold");
dossier("extract", "../shared/seeds", "--out", gold, "--quiet", "--jobs", "1");
const score = execFileSync(process.execPath, ["../shared/tools/score-gold.mjs", gold], { encoding: "utf8" }).trim().split("\n");
report("seed gold (score-gold.mjs)", score.at(-1)!);
benchNer(report);

// Per stage, one core: median of RUNS passes after a warm-up.
const pool = paragraphPool(["data/articles", "test/fixtures"]);
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

// The baseline a JS user would pick, on the same cleaned texts.
const texts = listArticleFiles(small).map((f) => cleanArticle(ingestFile(join(small, f), null)).text);
compromiseBaseline(texts.slice(0, 20));
const baseline = median(Array.from({ length: RUNS }, () => seconds(() => compromiseBaseline(texts))));
report("words/s compromise people/places/organizations/numbers", fmt(words / baseline));
report("ratio Dossier / compromise", (dossierRate / (words / baseline)).toFixed(2));

// Peak memory of one thread extracting 1,000 articles.
const thousand = join(work, "k");
generateCorpus(thousand, 1000, 11, pool);
const rss = median(Array.from({ length: RUNS }, () => JSON.parse(execFileSync(process.execPath, ["--import", "tsx", "bench/rss.ts", thousand], { encoding: "utf8" })).maxRssMB));
report("peak RSS per 1,000 articles (1 thread)", `${fmt(rss)} MB`);

// Cold extraction of the large corpus on all cores, and 1 → 2 worker scaling on
// both corpora (start-up dominates the small one). DOSSIER_TIMINGS makes each run
// print its workers' peak heap, so memory per worker is measured on 1,000 and on
// 10,000 articles: it must not grow with the corpus.
const large = join(work, "large");
const { words: largeWords } = generateCorpus(large, LARGE_N, 42, pool);
const cores = availableParallelism();
const heaps: Record<string, { peakHeapMB: number[]; peakLiveMB: number[] }[]> = {};
const timed = (dir: string, out: string, jobs: number) => {
  let r: ReturnType<typeof dossier> | undefined;
  const s = seconds(() => (r = dossier("extract", dir, "--out", join(work, out), "--quiet", "--jobs", String(jobs))));
  const m = r!.stderr.match(/^workers (.*)$/m);
  if (m) (heaps[dir] ??= []).push(JSON.parse(m[1]!));
  return s;
};
process.env.DOSSIER_TIMINGS = "1";
const cold = median(Array.from({ length: Math.min(RUNS, 2) }, () => timed(large, "out", cores)));
report(`cold extraction, ${fmt(LARGE_N)} articles (${fmt(largeWords)} words), ${cores} workers`, `${cold.toFixed(1)} s (${fmt(largeWords / cold)} words/s)`);
const largeOne = timed(large, "out1", 1);
report(`scaling 1 → ${cores} workers (${fmt(LARGE_N)} articles)`, `${largeOne.toFixed(1)} s → ${cold.toFixed(1)} s (×${(largeOne / cold).toFixed(2)})`);
const one = timed(thousand, "o1", 1);
const two = timed(thousand, "o2", 2);
report("scaling 1 → 2 workers (1,000 articles, wall clock incl. start-up)", `${one.toFixed(1)} s → ${two.toFixed(1)} s (×${(one / two).toFixed(2)})`);
// Committed heap grows with V8's appetite; the live heap after a full GC is what a worker needs.
const peak = (dir: string, k: "peakHeapMB" | "peakLiveMB") => fmt(Math.max(0, ...(heaps[dir] ?? []).flatMap((h) => h[k])));
report(`heap per worker, 1,000 / ${fmt(LARGE_N)} articles (peak live after full GC; peak committed)`,
  `${peak(thousand, "peakLiveMB")} / ${peak(large, "peakLiveMB")} MB; ${peak(thousand, "peakHeapMB")} / ${peak(large, "peakHeapMB")} MB`);
delete process.env.DOSSIER_TIMINGS;

// The reporter's loop: one article added to the large corpus, cache warm. Each
// run starts from the same cache (copied before the article was added).
const cache = join(work, "cache");
const warmCache = join(work, "cache-warm");
dossier("extract", large, "--out", join(work, "inc"), "--quiet", "--cache", cache);
cpSync(cache, warmCache, { recursive: true });
const seedText = readFileSync(join("data/articles", listArticleFiles("data/articles")[0]!), "utf8");
const sourcesBefore = readFileSync(join(large, "sources.csv"), "utf8");
// From the same warm cache: with its ledger (plan/ledger.ts), then without (the whole corpus's actors resolved again).
const rebuild = (text: string, ledger = true) => {
  writeFileSync(join(large, "zz-added.txt"), text);
  // To one of the corpus's outlets: its repeated lines are counted again over its ~1,250 articles.
  writeFileSync(join(large, "sources.csv"), `${sourcesBefore}zz-added.txt,,Reuters,,2024-11-20,,en\n`);
  return median(Array.from({ length: RUNS }, () => {
    rmSync(cache, { recursive: true, force: true });
    cpSync(warmCache, cache, { recursive: true });
    if (!ledger) rmSync(join(cache, "ledger.json"), { force: true });
    return seconds(() => dossier("extract", large, "--out", join(work, "inc"), "--quiet", "--cache", cache));
  }));
};
// A seed article: actors the generated corpus already knows. Then the same with a paragraph naming new ones.
const known = rebuild(seedText);
const novel = rebuild(`${seedText.trimEnd()}\n\nSeparately, Finance Minister Janet Morrowfield of Norland told the Oslo-based Kestrel Institute on Tuesday that Norland would send 40 engineers to Kyiv.\n`);
const whole = rebuild(seedText, false);
rmSync(join(large, "zz-added.txt"));
writeFileSync(join(large, "sources.csv"), sourcesBefore);
report(`rebuild tables after adding 1 article to ${fmt(LARGE_N)} (cache warm): known actors / new actors / without the ledger`, `${known.toFixed(1)} s / ${novel.toFixed(1)} s / ${whole.toFixed(1)} s`);

// Framework build of the report: the seeds, then the large corpus.
const build = (articles: string) => seconds(() => execFileSync("npm", ["run", "build"], { env: { ...process.env, DOSSIER_ARTICLES: articles }, stdio: "pipe" }));
report("framework build, seeds", `${build("data/articles").toFixed(1)} s`);
if (process.env.BENCH_SKIP_LARGE_BUILD !== "1") report(`framework build, ${fmt(LARGE_N)} articles`, `${build(large).toFixed(1)} s`);
execFileSync("npm", ["run", "build"], { stdio: "pipe" });

console.log("\n| measure | value |\n| --- | --- |");
for (const [k, v] of rows) console.log(`| ${k} | ${v} |`);
writeFileSync(join(work, "bench.md"), rows.map(([k, v]) => `| ${k} | ${v} |`).join("\n"));
rmSync(work, { recursive: true, force: true });
