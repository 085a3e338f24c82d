import { mkdirSync, readFileSync, statSync, type Stats } from "node:fs";
import { basename, extname, join } from "node:path";
import { extractorVersion, hashOf } from "../cache.js";
import { repeatedLines } from "../clean/repeated.js";
import type { RawArticle } from "../ingest/index.js";
import { IngestError, listArticleFiles, mergeMeta, readSources, type FileMeta, type SourceMeta } from "../ingest/list.js";
import { writeAtomic } from "../tables/atomic.js";
import type { Problem } from "../types.js";

// The plan of a folder (which articles, their metadata, each outlet's repeated
// lines and every article's cache key) without re-reading unchanged files. A
// manifest remembers, per file, its stat signature (size, mtime, ctime, inode),
// sha256 and own metadata; per outlet, the repeated lines of the exact set of
// article contents they were counted over. A file is re-read when its signature
// changed or it changed in the second before it was last read (a write within
// the same clock tick would keep the signature); an outlet's repeated lines are
// recounted, from all its articles, when that set changed. The result is the
// one a cold plan computes, so cached and cold runs share cache entries.

interface FileEntry {
  sig: string;
  /** When the file was stat'ed; a signature younger than a second before this is not trusted. */
  at: number;
  sha256: string;
  format: RawArticle["format"];
  found: FileMeta;
}

interface Manifest {
  version: string;
  files: Record<string, FileEntry>;
  outlets: Record<string, { members: string; repeated: string[] }>;
}

export interface PlannedArticle {
  id: string;
  file: string;
  path: string;
  sha256: string;
  format: RawArticle["format"];
  meta: SourceMeta | null;
  /** Everything the article's first half depends on but its outlet's repeated lines (plan/tracked.ts). */
  baseKey: string;
  /** The part's cache key: the base key with what it read of the repeated lines (set by the build). */
  partKey: string;
}

export interface CachedPlan {
  articles: PlannedArticle[];
  /** Each outlet's repeated line keys (sorted), by outlet (its key: meta.outlet ?? ""). */
  repeated: Map<string, string[]>;
  problems: Problem[];
  /** The article as read from disk (kept from planning when it was read then). */
  raw(a: PlannedArticle): Promise<RawArticle>;
}

const sigOf = (s: Stats) => `${s.size}:${s.mtimeMs}:${s.ctimeMs}:${s.ino}`;

function loadManifest(path: string | null, version: string): Manifest {
  const empty: Manifest = { version, files: Object.create(null), outlets: Object.create(null) };
  if (!path) return empty;
  try {
    const m = JSON.parse(readFileSync(path, "utf8")) as Manifest;
    if (m.version !== version || typeof m.files !== "object" || typeof m.outlets !== "object") return empty;
    return { version, files: Object.assign(Object.create(null), m.files), outlets: Object.assign(Object.create(null), m.outlets) };
  } catch {
    return empty; // missing or corrupt: everything is read again
  }
}

/** Stable shard membership from the article id alone (FNV-1a), so shards never depend on file order or machine. */
export function inShard(id: string, { k, n }: { k: number; n: number }): boolean {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return h % n === k - 1;
}

/**
 * planFolder with a manifest under `cacheDir` (none: every file is read).
 * Same articles, problems and repeated lines as planFolder.
 */
export async function planCached(dir: string, shard: { k: number; n: number } | null | undefined, cacheDir: string | null): Promise<CachedPlan> {
  const problems: Problem[] = [];
  const version = extractorVersion();
  const manifestPath = cacheDir ? join(cacheDir, "plan", "manifest.json") : null;
  const manifest = loadManifest(manifestPath, version);
  const next: Manifest = { version, files: Object.create(null), outlets: Object.create(null) };
  const read = new Map<string, RawArticle>();
  let ingest: typeof import("../ingest/index.js") | undefined;
  const readFile = async (path: string, meta: SourceMeta | null) => (ingest ??= await import("../ingest/index.js")).readArticleFile(path, meta);
  const raw = async (a: PlannedArticle) => read.get(a.file) ?? (await readFile(a.path, a.meta)).raw;
  const result = (articles: PlannedArticle[], repeated = new Map<string, string[]>()): CachedPlan => ({ articles, repeated, problems, raw });

  let files: string[];
  try {
    files = listArticleFiles(dir);
  } catch (e) {
    if (e instanceof IngestError) return { ...result([]), problems: [{ file: e.file, message: e.message, level: "error" }] };
    throw e;
  }
  const sources = readSources(dir);
  problems.push(...sources.problems);
  const listed = new Set(files);
  for (const file of sources.meta.keys())
    if (!listed.has(file)) problems.push({ file: join(dir, "sources.csv"), level: "warning", message: `row for "${file}" names no article file` });

  // As planFolder: a shard still reads every article (an outlet's repeated lines
  // are counted over the whole corpus); problems are reported by the owning shard.
  const mine = (file: string) => !shard || inShard(file.replace(/\.[^.]+$/, ""), shard);
  const articles: PlannedArticle[] = [];
  const seenIds = new Set<string>();
  for (const file of files) {
    const path = join(dir, file);
    const csv = sources.meta.get(file) ?? null;
    try {
      let entry: FileEntry | undefined;
      let stat: Stats | undefined;
      try {
        stat = statSync(path);
      } catch {
        // readArticleFile below names the error as a cold run does
      }
      const old = manifest.files[file];
      if (stat && old && old.sig === sigOf(stat) && stat.mtimeMs < old.at - 1000 && stat.ctimeMs < old.at - 1000) entry = old;
      else {
        const at = Date.now();
        const { raw: r, found } = await readFile(path, csv);
        read.set(file, r);
        // Signature taken before reading: a write during the read changes it, and the file is read again next time.
        entry = { sig: stat ? sigOf(stat) : "", at, sha256: r.sha256, format: r.format, found };
      }
      const id = basename(file, extname(file));
      if (seenIds.has(id)) throw new IngestError(path, `article id "${id}" is already used by another file`);
      seenIds.add(id);
      if (stat) next.files[file] = entry;
      articles.push({ id, file, path, sha256: entry.sha256, format: entry.format, meta: mergeMeta(file, csv, entry.found), baseKey: "", partKey: "" });
    } catch (e) {
      if (!(e instanceof IngestError)) throw e;
      if (mine(file)) problems.push({ file: e.file, message: e.message, level: "error" });
    }
  }

  const byOutlet = new Map<string, PlannedArticle[]>();
  for (const a of articles) {
    const key = a.meta?.outlet ?? "";
    (byOutlet.get(key) ?? byOutlet.set(key, []).get(key)!).push(a);
  }
  const repeated = new Map<string, string[]>();
  let recounted = false;
  for (const [outlet, members] of byOutlet) {
    // Repeated lines depend on the multiset of the outlet's article contents, and a content on its bytes and format.
    const key = hashOf(members.map((a) => `${a.sha256}:${a.format}`).sort());
    const old = manifest.outlets[outlet];
    let lines: string[];
    if (old?.members === key && Array.isArray(old.repeated)) lines = old.repeated;
    else {
      recounted = true;
      const contents: string[] = [];
      for (const a of members) contents.push((await raw(a)).content);
      lines = [...repeatedLines(contents)].sort();
    }
    repeated.set(outlet, lines);
    next.outlets[outlet] = { members: key, repeated: lines };
  }
  for (const a of articles) a.baseKey = hashOf("part", version, a.id, a.file, a.sha256, a.meta);

  // Rewritten only when something was read or recounted, or a file or outlet went away.
  const same = (a: object, b: object) => Object.keys(a).length === Object.keys(b).length;
  if (manifestPath && (read.size || recounted || !same(next.files, manifest.files) || !same(next.outlets, manifest.outlets))) {
    mkdirSync(join(cacheDir!, "plan"), { recursive: true });
    writeAtomic(manifestPath, JSON.stringify(next));
  }
  return result(shard ? articles.filter((a) => mine(a.file)) : articles, repeated);
}
