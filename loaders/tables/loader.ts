import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { corpusTables } from "./corpus.js";
import { toArrow } from "./write.js";
import type { TableName } from "../types.js";

/**
 * Body of every `src/data/<table>.arrow.ts` data loader: writes one table of
 * the corpus to stdout as Arrow IPC (DuckDB-WASM reads Arrow natively; it
 * cannot read Parquet without a downloaded extension). Problems go to stderr,
 * where Framework shows them, and never stop the build.
 * DOSSIER_TABLES=<dir> reads tables already extracted (e.g. `dossier merge`
 * output, JSON) instead of extracting the corpus.
 */
export async function writeTableToStdout(name: TableName): Promise<void> {
  if (process.env.DOSSIER_TABLES) {
    const rows = JSON.parse(readFileSync(join(resolve(process.env.DOSSIER_TABLES), `${name}.json`), "utf8")) as object[];
    process.stdout.write(toArrow(name, rows));
    return;
  }
  const { tables, problems } = await corpusTables();
  if (name === "articles") for (const p of problems) process.stderr.write(`${p.file}: ${p.level}: ${p.message}\n`);
  process.stdout.write(toArrow(name, tables[name]));
}
