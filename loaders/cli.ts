import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { actorsCommand } from "./actors/cli.js";
import { extractFolder } from "./pipeline.js";
import { writeTables, type Format } from "./tables/write.js";

const USAGE = `usage: dossier extract <input-dir> --out <dir> [--format json|parquet|both] [--registry data/actors.csv] [--quiet]`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === "extract") return extract(rest);
  if (command === "actors") return actorsCommand(rest);
  if (command === "--version" || command === "-v") {
    const { version } = await import("../package.json", { with: { type: "json" } }).then((m) => m.default);
    console.log(version);
    return 0;
  }
  console.error(command ? `dossier: unknown command "${command}"\n${USAGE}` : USAGE);
  return 2;
}

function extract(args: string[]): number {
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
    console.error(USAGE);
    return 2;
  }
  const input = resolve(positionals[0]!);
  // The registry a reporter edits lives in data/; an explicit --registry wins.
  const registryPath = values.registry ?? (existsSync("data/actors.csv") ? resolve("data/actors.csv") : null);
  const { tables, problems } = extractFolder(input, { registryPath });
  for (const p of problems) if (p.level === "error" || !values.quiet) console.error(`${p.file}: ${p.level}: ${p.message}`);
  if (problems.some((p) => p.file === input && p.level === "error")) return 1;
  writeTables(tables, resolve(values.out), format);
  if (!values.quiet)
    console.error(`dossier: ${tables.articles.length} articles → ${values.out} (${Object.entries(tables).map(([k, v]) => `${k} ${v.length}`).join(", ")})`);
  return problems.some((p) => p.level === "error") ? 1 : 0;
}
