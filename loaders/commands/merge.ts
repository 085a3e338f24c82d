import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { availableParallelism } from "node:os";
import { readParts } from "../plan/parts.js";
import { reduceShards } from "../plan/shard.js";
import type { Format } from "../tables/write.js";
import { writeBuilt } from "./output.js";

const USAGE = "usage: dossier merge <parts-dir>... --out <dir> [--format json|parquet|both] [--jobs N] [--registry data/actors.csv] [--corrections data/corrections.csv] [--quiet]";

/**
 * `dossier merge`: the reduce over the parts of `dossier extract --shard k/n`
 * (every shard, made anywhere): actor resolution over the whole corpus, each
 * article's figures, quotes and events, the corrections, the seven tables —
 * byte for byte those of one `dossier extract` over the folder.
 */
export async function run(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        out: { type: "string" }, format: { type: "string", default: "json" }, registry: { type: "string" },
        corrections: { type: "string" }, jobs: { type: "string" }, quiet: { type: "boolean", default: false },
      },
    });
  } catch (e) {
    console.error(`dossier merge: ${(e as Error).message}`);
    return 2;
  }
  const { positionals, values } = parsed;
  const jobs = values.jobs === undefined ? availableParallelism() : Number(values.jobs);
  if (!positionals.length || !values.out || !["json", "parquet", "both"].includes(values.format!) || !(Number.isInteger(jobs) && jobs >= 1)) {
    console.error(USAGE);
    return 2;
  }
  const registryPath = values.registry ? resolve(values.registry) : existsSync("data/actors.csv") ? resolve("data/actors.csv") : null;
  const correctionsPath = values.corrections ? resolve(values.corrections) : existsSync("data/corrections.csv") ? resolve("data/corrections.csv") : null;
  let read;
  try {
    read = await readParts(positionals.map((p) => resolve(p)));
  } catch (e) {
    console.error(`dossier merge: ${(e as Error).message.split("\n")[0]}`);
    return 1;
  }
  const built = await reduceShards(read.parts, read.problems, { registryPath, correctionsPath, jobs });
  const { problems } = built;
  for (const p of problems) if (p.level === "error" || !values.quiet) console.error(`${p.file}: ${p.level}: ${p.message}`);
  await writeBuilt(built, resolve(values.out), values.format as Format);
  if (!values.quiet) console.error(`dossier: merged ${built.counts.articles} articles → ${values.out} (${built.counts.actors} actors)`);
  return problems.some((p) => p.level === "error") ? 1 : 0;
}
