// Build speed, old and new side by side in one run: cold extraction of
// BENCH_LARGE articles (default 10,000) on all cores, the reporter's loop (one
// article added, warm cache), and the same corpus mapped in 2 shards and merged.
// BENCH_OLD=<checkout of another commit, node_modules linked> runs that commit's
// bin/dossier.js on the same corpus, alternating with this one, so a busy
// machine weighs on both alike. `npm run bench:build` runs it alone.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { listArticleFiles } from "../loaders/ingest/list.js";
import { generateCorpus, paragraphPool } from "./corpus.js";

type Report = (key: string, value: string) => void;
type Side = { name: string; root: string; env?: Record<string, string> };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (n: number) => Math.round(n).toLocaleString("en-US");
const s1 = (n: number) => `${n.toFixed(1)} s`;

function dossier(side: Side, ...args: string[]): number {
  const t = performance.now();
  const env = { ...process.env, ...side.env };
  const r = spawnSync(process.execPath, [join(side.root, "bin/dossier.js"), ...args], { cwd: side.root, env, encoding: "utf8", maxBuffer: 1 << 26 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`${side.name}: dossier ${args.join(" ")} failed: ${r.stderr}`);
  return (performance.now() - t) / 1000;
}

/** Each side's median over `runs`, the sides alternating within each run. */
function alternate(sides: Side[], runs: number, f: (side: Side) => number): number[] {
  const times = sides.map(() => [] as number[]);
  for (let r = 0; r < runs; r++) sides.forEach((side, i) => times[i]!.push(f(side)));
  return times.map(median);
}

const sideBySide = (sides: Side[], xs: number[]) => sides.map((s, i) => `${s.name} ${s1(xs[i]!)}`).join(" / ");

export function benchBuild(report: Report): void {
  const n = Number(process.env.BENCH_LARGE ?? 10000);
  const runs = Number(process.env.BENCH_RUNS ?? 3);
  const sides: Side[] = [{ name: "new", root: resolve(".") }, ...(process.env.BENCH_OLD ? [{ name: "old", root: resolve(process.env.BENCH_OLD) }] : [])];
  const work = mkdtempSync(join(tmpdir(), "dossier-bench-build-"));
  try {
    const large = join(work, "large");
    const { words } = generateCorpus(large, n, 42, paragraphPool(["data/articles", "test/fixtures"]));
    const cores = availableParallelism();
    // A first run of each side outside the timings: it builds that side's bundle (or mirror) of loaders/.
    generateCorpus(join(work, "tiny"), 3, 1);
    for (const side of sides) dossier(side, "extract", join(work, "tiny"), "--out", join(work, "tiny-out"), "--quiet");
    const cold = alternate(sides, Math.min(runs, 2), (side) => dossier(side, "extract", large, "--out", join(work, `out-${side.name}`), "--quiet"));
    report(`cold extraction, ${fmt(n)} articles (${fmt(words)} words), ${cores} workers`, sideBySide(sides, cold));

    // The reporter's loop: each rebuild starts from the same warm cache, copied before the article was added.
    for (const side of sides) dossier(side, "extract", large, "--out", join(work, "inc"), "--quiet", "--cache", join(work, `warm-${side.name}`));
    const sources = readFileSync(join(large, "sources.csv"), "utf8");
    const added = readFileSync(join("data/articles", listArticleFiles("data/articles")[0]!), "utf8");
    const rebuild = (text: string, which = sides, drop: string[] = []) => {
      writeFileSync(join(large, "zz-added.txt"), text);
      // Into one of the corpus's outlets: its repeated lines are counted again with the newcomer.
      writeFileSync(join(large, "sources.csv"), `${sources}zz-added.txt,,Reuters,,2024-11-20,,en\n`);
      return alternate(which, runs, (side) => {
        const cache = join(work, `cache-${side.name}`);
        rmSync(cache, { recursive: true, force: true });
        cpSync(join(work, `warm-${side.name}`), cache, { recursive: true });
        for (const f of drop) rmSync(join(cache, f), { force: true, recursive: true });
        return dossier(side, "extract", large, "--out", join(work, "inc"), "--quiet", "--cache", cache);
      });
    };
    report(`rebuild after adding 1 article to ${fmt(n)} (cache warm), known actors`, sideBySide(sides, rebuild(added)));
    const novel = `${added.trimEnd()}\n\nSeparately, Finance Minister Janet Morrowfield of Norland told the Oslo-based Kestrel Institute on Tuesday that Norland would send 40 engineers to Kyiv.\n`;
    report(`rebuild after adding 1 article to ${fmt(n)} (cache warm), new actors`, sideBySide(sides, rebuild(novel)));
    // What each of the build's mechanisms saves (docs/performance.md): the same rebuild without it.
    const here = sides.slice(0, 1);
    const without = (what: string, which: Side[], drop: string[] = []) =>
      report(`rebuild after adding 1 article to ${fmt(n)} (cache warm), known actors, without ${what}`, sideBySide(which, rebuild(added, which, drop)));
    without("the planning records (every file read, every outlet recounted)", here, ["plan"]);
    without("the bundle (tsx loads the sources, in the main thread and the worker)", [{ ...here[0]!, env: { DOSSIER_NO_BUNDLE: "1" } }]);
    rmSync(join(large, "zz-added.txt"));
    writeFileSync(join(large, "sources.csv"), sources);

    // The map in 2 shards (one process each, one after the other, one worker each), then the reduce.
    const parts = join(work, "parts");
    const maps = [1, 2].map((k) => dossier(here[0]!, "extract", large, "--shard", `${k}/2`, "--out", parts, "--quiet", "--jobs", "1"));
    const merge = dossier(here[0]!, "merge", parts, "--out", join(work, "merged"), "--quiet");
    report(`map in 2 shards (1 worker each) then merge, ${fmt(n)} articles`, `shards ${maps.map(s1).join(" + ")}, merge ${s1(merge)}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) benchBuild((k, v) => console.log(`${k}: ${v}`));
