import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { tablesOf, type Built } from "../plan/build.js";
import { writeAtomic } from "../store/atomic.js";
import { TABLE_NAMES } from "../types.js";
import type { Format } from "../tables/write.js";

/** Writes a build's tables: JSON from its bytes, Parquet from the rows (Arrow and Parquet are loaded only then). */
export async function writeBuilt(built: Built, out: string, format: Format): Promise<void> {
  mkdirSync(out, { recursive: true });
  if (format !== "parquet") for (const t of TABLE_NAMES) writeAtomic(join(out, `${t}.json`), built.json[t]);
  if (format !== "json") (await import("../tables/write.js")).writeTables(tablesOf(built), out, "parquet");
}
