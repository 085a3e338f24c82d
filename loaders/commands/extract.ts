import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { availableParallelism } from "node:os";
import { executor } from "../plan/executor.js";
import type { Format } from "../tables/write.js";
import { TABLE_NAMES } from "../types.js";
import { progressLine } from "./progress.js";

const USAGE =
  "usage: dossier extract <input-dir> --out <dir> [--format json|parquet|both] [--jobs N] [--shard k/n] [--cache <dir>] [--registry data/actors.csv] [--corrections data/corrections.csv] [--quiet]";

interface Args {
  input: string;
  out: string;
  format: Format;
  jobs: number | undefined;
  shard: { k: number; n: number } | null;
  cache: string | null;
  quiet: boolean;
  registryPath: string | null;
  correctionsPath: string | null;
}

/** The command's arguments, or the one line saying what is wrong with them. */
function parse(args: string[]): Args | string {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        out: { type: "string" }, format: { type: "string", default: "json" }, registry: { type: "string" }, corrections: { type: "string" },
        jobs: { type: "string" }, shard: { type: "string" }, cache: { type: "string" }, quiet: { type: "boolean", default: false },
      },
    });
  } catch (e) {
    return `dossier extract: ${(e as Error).message}`;
  }
  const { positionals, values } = parsed;
  const format = values.format as Format;
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
  const shardMatch = values.shard?.match(/^(\d+)\/(\d+)$/);
  const shard = shardMatch ? { k: Number(shardMatch[1]), n: Number(shardMatch[2]) } : null;
  if (positionals.length !== 1 || !values.out || !["json", "parquet", "both"].includes(format)) return USAGE;
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1)) return `dossier extract: --jobs must be a whole number ≥ 1, not "${values.jobs}"`;
  if (values.shard !== undefined && !(shard && shard.k >= 1 && shard.k <= shard.n)) return `dossier extract: --shard must be k/n with 1 ≤ k ≤ n, not "${values.shard}"`;
  // The registry a reporter edits lives in data/; an explicit --registry wins.
  const registryPath = values.registry ? resolve(values.registry) : existsSync("data/actors.csv") ? resolve("data/actors.csv") : null;
  const correctionsPath = values.corrections ? resolve(values.corrections) : existsSync("data/corrections.csv") ? resolve("data/corrections.csv") : null;
  const cache = values.cache ? resolve(values.cache) : null;
  return { input: resolve(positionals[0]!), out: resolve(values.out), format, jobs, shard, cache, quiet: values.quiet!, registryPath, correctionsPath };
}

/** `dossier extract`: the contract's command. Exit 1 when any input could not be read; what was read is still written. */
export async function run(argv: string[]): Promise<number> {
  const started = performance.now();
  const args = parse(argv);
  if (typeof args === "string") {
    console.error(args);
    return 2;
  }
  const { input, out, jobs, quiet } = args;
  if (args.shard) return runShard(input, args.shard, out, Math.max(1, jobs ?? availableParallelism()), quiet);
  const progress = quiet ? undefined : progressLine(process.stderr);
  // The worker that may have to extract a new article starts loading the stages now, before the build's modules load.
  const exec = executor(Math.max(1, jobs ?? availableParallelism()));
  const [{ buildFolder }, { writeBuilt }] = await Promise.all([import("../plan/build.js"), import("./output.js")]);
  const { registryPath, correctionsPath, cache: cacheDir } = args;
  const built = await buildFolder(input, { executor: exec, registryPath, correctionsPath, jobs, cacheDir, progress: progress?.update });
  progress?.done();
  const { problems } = built;
  for (const p of problems) if (p.level === "error" || !quiet) console.error(`${p.file}: ${p.level}: ${p.message}`);
  if (problems.some((p) => p.file === input && p.level === "error")) return 1;
  const written = performance.now();
  await writeBuilt(built, out, args.format);
  if (process.env.DOSSIER_TIMINGS) console.error(`timings ${JSON.stringify({ entry: process.env.DOSSIER_ENTRY, start: Math.round(started), ...built.timings, write: Math.round(performance.now() - written), end: Math.round(performance.now()) })}`);
  if (!quiet) console.error(`dossier: ${built.counts.articles} articles → ${out} (${TABLE_NAMES.map((t) => `${t} ${built.counts[t]}`).join(", ")})`);
  return problems.some((p) => p.level === "error") ? 1 : 0;
}

/** `--shard k/n`: the map of the shard's articles, written as parts for `dossier merge` (no tables). */
async function runShard(input: string, shard: { k: number; n: number }, out: string, jobs: number, quiet: boolean): Promise<number> {
  const [{ mapShard }, { writeParts }] = await Promise.all([import("../plan/shard.js"), import("../plan/parts.js")]);
  const { parts, problems } = await mapShard(input, shard, jobs);
  for (const p of problems) if (p.level === "error" || !quiet) console.error(`${p.file}: ${p.level}: ${p.message}`);
  if (problems.some((p) => p.file === input && p.level === "error")) return 1;
  // Problems found while reading an article travel in its part; the reduce reports them with the others.
  const folder = writeParts(out, shard, parts, problems);
  if (!quiet) console.error(`dossier: shard ${shard.k}/${shard.n}: ${parts.length} articles mapped → ${folder}`);
  return problems.some((p) => p.level === "error") ? 1 : 0;
}
