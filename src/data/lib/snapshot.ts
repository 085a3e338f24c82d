// What each page draws first, computed at build time: the exact SQL of those
// blocks (src/components/queries.js) run by DuckDB in Node over the same tables
// the pages load. A page draws from it at once, before DuckDB-WASM (a 40 MB
// module) has compiled, and shows the same SQL; filters and every other block
// still query DuckDB-WASM. One JSON per page: {"[sql, params]": rows, setup?: [sql]}. A result
// over MAX_ROWS rows is left out (the page queries it), so a large corpus does
// not ship a second copy of its tables.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { columnsOf, type ColumnType } from "../../../loaders/tables/schema.js";
import { toJSON } from "../../../loaders/tables/write.js";
import { TABLE_NAMES, type Tables } from "../../../loaders/types.js";
import { DESCRIBE_EVENTS, snapshotKey, snapshotQueries } from "../../components/queries.js";
import { withLedes } from "./lede.js";
import type { Place } from "./places.js";
import type { Sentence } from "./sentences.js";

const MAX_ROWS = 20_000;
const DUCK: Record<ColumnType, string> = { string: "VARCHAR", int: "INTEGER", double: "DOUBLE", bool: "BOOLEAN", strings: "VARCHAR[]" };
const PLACES: [string, ColumnType][] = [["actor", "string"], ["name", "string"], ["kind", "string"], ["country", "string"],
  ["lat", "double"], ["lon", "double"], ["gazetteer", "string"], ["matched", "string"]];
const SENTENCES: [string, ColumnType][] = [["article", "string"], ["index", "int"], ["start", "int"], ["end", "int"], ["text", "string"]];
const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;

type Run = (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

/**
 * `fn(run)` over an in-memory DuckDB holding `tables`, `places` and `sentences`, typed as
 * the Arrow files type them (loaders/tables/schema.ts), so the SQL sees the same columns.
 */
export async function withTables<T>(tables: Tables, places: Place[], sentences: Sentence[], fn: (run: Run) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), "dossier-snapshot-"));
  try {
    // Opened inside the try: a DuckDB that fails to start must not leave the folder behind.
    const db = await DuckDBInstance.create(":memory:");
    const con = await db.connect();
    try {
      const load = async (name: string, rows: readonly object[], columns: [string, ColumnType][]) => {
        const file = join(dir, `${name}.json`);
        writeFileSync(file, toJSON(rows));
        const spec = columns.map(([c, type]) => `${quote(c)}: ${quote(DUCK[type])}`).join(", ");
        await con.run(`CREATE TABLE "${name}" AS SELECT * FROM read_json(${quote(file)}, format = 'array', columns = {${spec}})`);
      };
      // Articles with their `lede`, as the pages' articles.arrow has them (report.tar.ts).
      for (const t of TABLE_NAMES) {
        const rows = t === "articles" ? withLedes(tables.articles) : tables[t];
        await load(t, rows, columnsOf(t, rows));
      }
      await load("places", places, PLACES);
      await load("sentences", sentences, SENTENCES);
      return await fn(async (sql, params = []) => (await con.runAndReadAll(sql, params as never)).getRowObjectsJson() as Record<string, unknown>[]);
    } finally {
      con.closeSync();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `<page>.json` for each page in snapshotQueries. */
export function snapshotFiles(tables: Tables, places: Place[], sentences: Sentence[]): Promise<Record<string, string>> {
  return withTables(tables, places, sentences, async (run) => {
    const files: Record<string, string> = {};
    for (const [page, queries] of Object.entries(snapshotQueries(await run(DESCRIBE_EVENTS)))) {
      const snapshot: Record<string, unknown[]> = {};
      for (const [sql, params] of queries) {
        // A page's setup (a table it makes once): the browser test replays it before comparing rows.
        if (/^\s*CREATE\b/.test(sql)) {
          await run(sql);
          (snapshot.setup ??= []).push(sql);
          continue;
        }
        const rows = await run(sql, params);
        if (rows.length <= MAX_ROWS) snapshot[snapshotKey(sql, params)] = rows;
      }
      files[`${page}.json`] = JSON.stringify(snapshot);
    }
    return files;
  });
}
