import { statSync, type Stats } from "node:fs";
import { basename, extname, join } from "node:path";
import { hashOf } from "../store/hash.js";
import { PackStore } from "../store/pack.js";
import { extractorVersion } from "../version.js";
import { lineKeysOf, repeatedOf } from "../clean/repeated.js";
import { lineHashes, splitHashes } from "./linehash.js";
import type { RawArticle } from "../ingest/index.js";
import { IngestError, listArticleFiles, mergeMeta, readSources, type FileMeta, type SourceMeta } from "../ingest/list.js";
import type { Problem } from "../types.js";

// The plan of a folder: which articles, their metadata, each outlet's repeated
// lines and every article's base key. Re-reading and hashing every unchanged
// file and recounting every outlet would be most of a rebuild's planning, so a
// pack store (the cache's plan/) keeps two kinds of records for it: per file,
// under its stat signature (size, mtime, ctime, inode), its sha256 and own
// metadata (`f:`); per outlet, under its members' contents, its repeated lines
// (`o:`). A signature is trusted only when the file last changed over a second
// before it was read: a write within the same clock tick would keep it. Both
// records hold what a cold plan computes, so cached and cold runs share every
// later key. Like every record, they are never stale, only unused. An outlet is
// recounted over its members' line hashes, which the build's `d:` records hold
// for every article it has read: an article added to an outlet reads no other
// member again.

interface FileEntry {
  /** When the file was read: a signature younger than a second before this is not trusted. */
  at: number;
  sha256: string;
  format: RawArticle["format"];
  found: FileMeta;
}

export interface PlannedArticle {
  id: string;
  file: string;
  path: string;
  sha256: string;
  format: RawArticle["format"];
  meta: SourceMeta | null;
  /** Everything the article's first half depends on but its own lines that repeat across its outlet (plan/records.ts partKeys). */
  baseKey: string;
  /** The part's cache key: the base key with what it read of the repeated lines (set by the build). */
  partKey: string;
}

export interface CachedPlan {
  articles: PlannedArticle[];
  /** Each outlet's repeated lines as the hashes of their keys (plan/linehash.ts, sorted), by outlet (its key: meta.outlet ?? ""). */
  repeated: Map<string, string[]>;
  problems: Problem[];
  /** Outlets whose repeated lines were counted this run (the others came from the store). */
  recounted?: number;
  /** The article as read from disk (kept from planning when it was read then). */
  raw(a: PlannedArticle): Promise<RawArticle>;
}

/** An article's base key: what its first half reads but its outlet's repeated lines. */
export const baseKeyOf = (version: string, a: Pick<PlannedArticle, "id" | "file" | "sha256" | "meta">) => hashOf("part", version, a.id, a.file, a.sha256, a.meta);

/** Each outlet's repeated line keys or hashes (sorted), counted over its members' distinct ones. */
export function repeatedByOutlet<T extends { meta: SourceMeta | null }>(articles: T[], lineKeys: (a: T) => readonly string[]): Map<string, string[]> {
  return new Map([...byOutlet(articles)].map(([outlet, members]) => [outlet, [...repeatedOf(members.map(lineKeys))].sort()]));
}

function byOutlet<T extends { meta: SourceMeta | null }>(articles: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const a of articles) {
    const key = a.meta?.outlet ?? "";
    (out.get(key) ?? out.set(key, []).get(key)!).push(a);
  }
  return out;
}

/** An article's line hashes as a `d:` record holds them (by its base key), when there is one. */
export type LinesOf = (baseKey: string) => string | undefined;

/**
 * Plans a folder, with the planning records of `store` (a store without a folder: every file is read).
 * `trustMs`: how long after it was read a file must have last changed for its signature to be trusted (tests shorten it).
 */
export async function planFolder(dir: string, store = new PackStore(null), trustMs = 1000, linesOf: LinesOf = () => undefined): Promise<CachedPlan> {
  const planner = new Planner(store, trustMs, linesOf);
  let files: string[];
  try {
    files = listArticleFiles(dir);
  } catch (e) {
    if (e instanceof IngestError) return planner.result([], new Map(), [{ file: e.file, message: e.message, level: "error" }]);
    throw e;
  }
  const sources = readSources(dir);
  planner.problems.push(...sources.problems, ...orphanRows(dir, files, sources.meta.keys()));
  const articles = await planner.articles(dir, files, sources.meta);
  return planner.result(articles, await planner.repeatedLines(articles));
}

/** One planning's state: the store, and the files read this run. */
class Planner {
  readonly problems: Problem[] = [];
  private readonly version = extractorVersion();
  private readonly read = new Map<string, RawArticle>();
  private recounted = 0;
  private ingest: typeof import("../ingest/index.js") | undefined;

  constructor(private readonly store: PackStore, private readonly trustMs: number, private readonly linesOf: LinesOf) {}

  result(articles: PlannedArticle[], repeated: Map<string, string[]>, problems = this.problems): CachedPlan {
    return { articles, repeated, problems, recounted: this.recounted, raw: (a) => this.raw(a) };
  }

  /** Each listed file: from its record when its signature is trusted, else read. */
  async articles(dir: string, files: string[], meta: Map<string, SourceMeta>): Promise<PlannedArticle[]> {
    const articles: PlannedArticle[] = [];
    const seenIds = new Set<string>();
    for (const file of files) {
      const path = join(dir, file);
      const csv = meta.get(file) ?? null;
      try {
        const entry = await this.entry(file, path, csv);
        const id = basename(file, extname(file));
        const duplicate = duplicateId(id, seenIds);
        if (duplicate) throw new IngestError(path, duplicate);
        articles.push({ id, file, path, sha256: entry.sha256, format: entry.format, meta: mergeMeta(file, csv, entry.found), baseKey: "", partKey: "" });
      } catch (e) {
        if (!(e instanceof IngestError)) throw e;
        this.problems.push({ file: e.file, message: e.message, level: "error" });
      }
    }
    for (const a of articles) a.baseKey = baseKeyOf(this.version, a);
    return articles;
  }

  /** Each outlet's repeated lines: from its record while its members are unchanged, else recounted over their line hashes. */
  async repeatedLines(articles: PlannedArticle[]): Promise<Map<string, string[]>> {
    const repeated = new Map<string, string[]>();
    for (const [outlet, members] of byOutlet(articles)) {
      // Repeated lines depend on the multiset of the outlet's article contents, and a content on its bytes and format.
      const key = `o:${hashOf(this.version, members.map((a) => `${a.sha256}:${a.format}`).sort())}`;
      const rec = this.store.get(key);
      if (rec) repeated.set(outlet, JSON.parse(rec[0]!.toString("utf8")) as string[]);
      else {
        this.recounted++;
        const hashLists: string[][] = [];
        for (const a of members) {
          const known = this.linesOf(a.baseKey);
          hashLists.push(known === undefined ? lineHashes(lineKeysOf(await this.raw(a))) : splitHashes(known));
        }
        const lines = [...repeatedOf(hashLists)].sort();
        this.store.set(key, [JSON.stringify(lines)]);
        repeated.set(outlet, lines);
      }
    }
    return repeated;
  }

  private async readFile(path: string, meta: SourceMeta | null) {
    return (this.ingest ??= await import("../ingest/index.js")).readArticleFile(path, meta);
  }

  private async raw(a: PlannedArticle): Promise<RawArticle> {
    return this.read.get(a.file) ?? (await this.readFile(a.path, a.meta)).raw;
  }

  /** The file's entry: its record when its signature is trusted, else read (and recorded when it could be stat'ed). */
  private async entry(file: string, path: string, csv: SourceMeta | null): Promise<FileEntry> {
    let stat: Stats | undefined;
    try {
      stat = statSync(path);
    } catch {
      // readArticleFile below names the error as a cold run does
    }
    const key = stat && `f:${this.version}:${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}:${stat.ino}:${file}`;
    const rec = key ? this.store.get(key) : undefined;
    if (rec) {
      const old = JSON.parse(rec[0]!.toString("utf8")) as FileEntry;
      if (stat!.mtimeMs < old.at - this.trustMs && stat!.ctimeMs < old.at - this.trustMs) return old;
    }
    const at = Date.now();
    const { raw, found } = await this.readFile(path, csv);
    this.read.set(file, raw);
    // Signature taken before reading: a write during the read changes it, and the file is read again next time.
    const entry: FileEntry = { at, sha256: raw.sha256, format: raw.format, found };
    if (key) this.store.set(key, [JSON.stringify(entry)]);
    return entry;
  }
}

/** A sources.csv row naming no article file of the folder: a warning on sources.csv. */
function orphanRows(dir: string, files: readonly string[], rows: Iterable<string>): Problem[] {
  const listed = new Set(files);
  return [...rows].filter((file) => !listed.has(file)).map((file) => ({ file: join(dir, "sources.csv"), level: "warning", message: `row for "${file}" names no article file` }));
}

/** Two files with one stem would be one article id: the later one is refused. */
function duplicateId(id: string, seen: Set<string>): string | null {
  if (seen.has(id)) return `article id "${id}" is already used by another file`;
  seen.add(id);
  return null;
}
