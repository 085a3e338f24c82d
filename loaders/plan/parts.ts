import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { ArticlePart } from "../article.js";
import { writeAtomic } from "../store/atomic.js";
import type { Problem } from "../types.js";
import { extractorVersion } from "../version.js";

// A shard's map output: every article's part (ArticlePart, one JSON line each)
// and a header naming the shard. Plain newline-delimited JSON, so any engine
// reads it; `dossier merge` reads all shards' parts with DuckDB and runs the
// reduce over them (pipeline.ts reduceParts), wherever the shards ran.

const FORMAT = 1;
const PARTS = "parts.ndjson";
const HEADER = "shard.json";

export interface Shard {
  k: number;
  n: number;
}

interface Header {
  format: number;
  /** The extractor that made the parts: parts of another version would give other tables. */
  version: string;
  shard: Shard;
  articles: number;
  /** Problems of planning (unreadable files, sources.csv) this shard owns. */
  problems: Problem[];
}

/** Stable shard membership from the article id alone (FNV-1a), so shards never depend on file order or machine. */
export function inShard(id: string, { k, n }: Shard): boolean {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return h % n === k - 1;
}

/** Writes a shard's parts under `out/shard-k-of-n/`; returns that folder. */
export function writeParts(out: string, shard: Shard, parts: ArticlePart[], problems: Problem[]): string {
  const folder = join(out, `shard-${shard.k}-of-${shard.n}`);
  mkdirSync(folder, { recursive: true });
  const lines = parts.map((part) => Buffer.from(`${JSON.stringify({ id: part.article.id, file: part.article.file, part })}\n`));
  writeAtomic(join(folder, PARTS), lines);
  const header: Header = { format: FORMAT, version: extractorVersion(), shard, articles: parts.length, problems };
  writeAtomic(join(folder, HEADER), JSON.stringify(header));
  return folder;
}

/** Shard folders: each given folder that holds a shard header, or its shard-k-of-n subfolders. */
export function shardFolders(dirs: string[]): string[] {
  return dirs.flatMap((d) => {
    if (existsSync(join(d, HEADER))) return [d];
    const subs = existsSync(d) ? readdirSync(d).filter((f) => /^shard-\d+-of-\d+$/.test(f)).sort() : [];
    if (!subs.length) throw new Error(`${d}: no shard parts here (run dossier extract --shard k/n --out ${d})`);
    return subs.map((s) => join(d, s));
  });
}

/** Reads and checks the headers: one extractor version, every shard of 1..n exactly once. */
export function readHeaders(folders: string[]): Header[] {
  const headers = folders.map((f) => {
    let h: Header;
    try {
      h = JSON.parse(readFileSync(join(f, HEADER), "utf8")) as Header;
    } catch (e) {
      throw new Error(`${join(f, HEADER)}: unreadable shard header: ${(e as Error).message.split("\n")[0]}`);
    }
    if (h.format !== FORMAT) throw new Error(`${join(f, HEADER)}: parts format ${h.format}, this dossier reads ${FORMAT}`);
    if (h.version !== extractorVersion()) throw new Error(`${join(f, HEADER)}: made by another version of the extractor (${h.version}, this is ${extractorVersion()}); run the shard again`);
    return h;
  });
  const n = headers[0]?.shard.n ?? 0;
  const seen = new Set<number>();
  headers.forEach((h, i) => {
    if (h.shard.n !== n) throw new Error(`${folders[i]}: shard ${h.shard.k} of ${h.shard.n}, but ${folders[0]} is of ${n}`);
    if (seen.has(h.shard.k)) throw new Error(`${folders[i]}: shard ${h.shard.k} of ${n} given twice`);
    seen.add(h.shard.k);
  });
  const missing = Array.from({ length: n }, (_, i) => i + 1).filter((k) => !seen.has(k));
  if (missing.length) throw new Error(`${folders.join(", ")}: shard ${missing.join(", ")} of ${n} missing`);
  return headers;
}

/** Every shard's parts in file order (the order of one run over the folder), and the shards' planning problems. */
export async function readParts(dirs: string[]): Promise<{ parts: ArticlePart[]; problems: Problem[] }> {
  const folders = shardFolders(dirs);
  const headers = readHeaders(folders);
  const { DuckDBInstance } = await import("@duckdb/node-api");
  const db = await DuckDBInstance.create(":memory:");
  const con = await db.connect();
  try {
    const files = folders.map((f) => `'${join(f, PARTS).replace(/'/g, "''")}'`).join(", ");
    const source = `read_json([${files}], format = 'newline_delimited', columns = {id: 'VARCHAR', file: 'VARCHAR', part: 'JSON'}, maximum_object_size = 1073741824)`;
    const dup = (await con.runAndReadAll(`SELECT id, count(*) AS n FROM ${source} GROUP BY id HAVING n > 1 ORDER BY id LIMIT 1`)).getRowObjectsJson();
    if (dup.length) throw new Error(`${folders.join(", ")}: article "${dup[0]!.id}" is in more than one shard`);
    const rows = (await con.runAndReadAll(`SELECT file, part FROM ${source}`)).getRows() as [string, string][];
    const total = headers.reduce((s, h) => s + h.articles, 0);
    if (rows.length !== total) throw new Error(`${folders.join(", ")}: the headers count ${total} articles, the parts hold ${rows.length}`);
    // Sorted as a folder's listing is (listArticleFiles): resolution breaks ties by what it met first.
    rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    return { parts: rows.map(([, part]) => JSON.parse(part) as ArticlePart), problems: headers.flatMap((h) => h.problems) };
  } finally {
    con.closeSync();
  }
}
