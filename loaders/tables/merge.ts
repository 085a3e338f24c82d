import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { TABLE_NAMES, type TableName, type Tables } from "../types.js";
import { SCHEMA } from "./schema.js";

/** Shard folders under `dir` (shard-k-of-n), or `dir` itself when it holds tables. */
export function shardFolders(dirs: string[]): string[] {
  return dirs.flatMap((d) => {
    const shards = existsSync(d) ? readdirSync(d).filter((f) => /^shard-\d+-of-\d+$/.test(f)).sort() : [];
    return shards.length ? shards.map((s) => join(d, s)) : [d];
  });
}

const sqlString = (s: string) => `'${s.replace(/'/g, "''")}'`;

/**
 * Combines shard outputs with DuckDB over their Parquet files. Row tables are
 * concatenated; actors are grouped by id (shards resolve independently, and
 * the id is the slug of the canonical name): counts summed, aliases unioned,
 * name/kind/country/role taken from the shard where the actor is most mentioned.
 */
export async function mergeShards(folders: string[]): Promise<Tables> {
  for (const f of folders)
    for (const t of TABLE_NAMES)
      if (!existsSync(join(f, `${t}.parquet`))) throw new Error(`${join(f, `${t}.parquet`)}: missing (run dossier extract with --format parquet or both)`);
  const db = await DuckDBInstance.create(":memory:");
  const con = await db.connect();
  const files = (t: TableName) => `read_parquet([${folders.map((f) => sqlString(join(f, `${t}.parquet`))).join(", ")}], union_by_name = true)`;
  const queries: Record<TableName, string> = {
    articles: `SELECT * FROM ${files("articles")} ORDER BY id`,
    actors: `SELECT id, arg_max(name, mentions) AS name, arg_max(kind, mentions) AS kind,
        to_json(list_sort(list_distinct(flatten(list(from_json(aliases, '["VARCHAR"]')))))) AS aliases,
        arg_max(country, mentions) AS country, arg_max(role, mentions) AS role,
        sum(mentions)::INTEGER AS mentions, sum(articles)::INTEGER AS articles
      FROM ${files("actors")} GROUP BY id ORDER BY mentions DESC, id`,
    mentions: `SELECT * FROM ${files("mentions")} ORDER BY article, start`,
    figures: `SELECT * FROM ${files("figures")} ORDER BY article, start`,
    quotes: `SELECT * FROM ${files("quotes")} ORDER BY article, start`,
    events: `SELECT * FROM ${files("events")} ORDER BY article, start`,
    dates: `SELECT * FROM ${files("dates")} ORDER BY article, start`,
  };
  const tables = {} as Tables;
  for (const t of TABLE_NAMES) {
    const reader = await con.runAndReadAll(queries[t]);
    const lists = new Set(SCHEMA[t].filter(([, type]) => type === "strings").map(([c]) => c));
    const rows = reader.getRowObjectsJson().map((r) => {
      const row: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(r)) row[k] = lists.has(k) && typeof v === "string" ? JSON.parse(v) : v;
      return row;
    });
    (tables as unknown as Record<string, unknown[]>)[t] = rows;
  }
  con.closeSync();
  return tables;
}
