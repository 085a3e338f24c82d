import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { mergeShards, shardFolders } from "../tables/merge.js";
import { writeTables, type Format } from "../tables/write.js";

const USAGE = "usage: dossier merge <shards-dir>... --out <dir> [--format json|parquet|both]";

/** `dossier merge`: the shard outputs of `dossier extract --shard k/n` → one set of tables. */
export async function run(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { out: { type: "string" }, format: { type: "string", default: "both" } } });
  } catch (e) {
    console.error(`dossier merge: ${(e as Error).message}`);
    return 2;
  }
  const { positionals, values } = parsed;
  if (!positionals.length || !values.out || !["json", "parquet", "both"].includes(values.format!)) {
    console.error(USAGE);
    return 2;
  }
  const folders = shardFolders(positionals.map((p) => resolve(p)));
  try {
    const tables = await mergeShards(folders);
    writeTables(tables, resolve(values.out), values.format as Format);
    console.error(`dossier: merged ${folders.length} shards → ${values.out} (${tables.articles.length} articles, ${tables.actors.length} actors)`);
    return 0;
  } catch (e) {
    console.error(`dossier merge: ${(e as Error).message.split("\n")[0]}`);
    return 1;
  }
}
