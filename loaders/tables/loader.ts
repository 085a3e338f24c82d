import { corpusTables } from "./corpus.js";
import { toArrow } from "./write.js";
import type { TableName } from "../types.js";

/**
 * Body of every `src/data/<table>.arrow.ts` data loader: writes one table of
 * the corpus to stdout as Arrow IPC (DuckDB-WASM reads Arrow natively; it
 * cannot read Parquet without a downloaded extension). Problems go to stderr,
 * where Framework shows them, and never stop the build.
 */
export function writeTableToStdout(name: TableName): void {
  const { tables, problems } = corpusTables();
  if (name === "articles") for (const p of problems) process.stderr.write(`${p.file}: ${p.level}: ${p.message}\n`);
  process.stdout.write(toArrow(name, tables[name]));
}
