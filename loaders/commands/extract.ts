import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { extractFolder } from "../pipeline.js";
import { writeTables, type Format } from "../tables/write.js";


/** `dossier extract`: the contract's command. Exit 1 when any input could not be read; what was read is still written. */
export function run(args: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { out: { type: "string" }, format: { type: "string", default: "json" }, registry: { type: "string" }, quiet: { type: "boolean", default: false } },
    });
  } catch (e) {
    console.error(`dossier extract: ${(e as Error).message}`);
    return 2;
  }
  const { positionals, values } = parsed;
  const format = values.format as Format;
  if (positionals.length !== 1 || !values.out || !["json", "parquet", "both"].includes(format)) {
    console.error("usage: dossier extract <input-dir> --out <dir> [--format json|parquet|both] [--registry data/actors.csv] [--quiet]");
    return 2;
  }
  const input = resolve(positionals[0]!);
  // The registry a reporter edits lives in data/; an explicit --registry wins.
  const registryPath = values.registry ? resolve(values.registry) : existsSync("data/actors.csv") ? resolve("data/actors.csv") : null;
  const { tables, problems } = extractFolder(input, { registryPath });
  for (const p of problems) if (p.level === "error" || !values.quiet) console.error(`${p.file}: ${p.level}: ${p.message}`);
  if (problems.some((p) => p.file === input && p.level === "error")) return 1;
  writeTables(tables, resolve(values.out), format);
  if (!values.quiet)
    console.error(`dossier: ${tables.articles.length} articles → ${values.out} (${Object.entries(tables).map(([k, v]) => `${k} ${v.length}`).join(", ")})`);
  return problems.some((p) => p.level === "error") ? 1 : 0;
}
