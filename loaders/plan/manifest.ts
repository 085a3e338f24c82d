import { mkdirSync, readFileSync, statSync, type Stats } from "node:fs";
import { basename, dirname, extname, join } from "node:path";
import { hashOf } from "../store/hash.js";
import { extractorVersion } from "../version.js";
import { lineKeysOf, repeatedOf } from "../clean/repeated.js";
import type { RawArticle } from "../ingest/index.js";
import { IngestError, listArticleFiles, mergeMeta, readSources, type FileMeta, type SourceMeta } from "../ingest/list.js";
import { writeAtomic } from "../store/atomic.js";
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
  outlets: Record<string, OutletEntry>;
}

interface OutletEntry {
  /** hashOf the members' sha256:format, sorted. */
  members: string;
  repeated: string[];
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
  /** Each outlet's repeated line keys (sorted), by outlet (its key: meta.outlet ?? ""). */
  repeated: Map<string, string[]>;
  problems: Problem[];
  /** Outlets whose repeated lines were counted this run (the others came from the manifest). */
  recounted?: number;
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

/**
 * planFolder with a manifest under `cacheDir` (none: every file is read).
 * Same articles, problems and repeated lines as planFolder of the whole folder.
 */
export async function planCached(
  dir: string,
  cacheDir: string | null,
  /** How long after it was read a file must have been last changed for its signature to be trusted (tests shorten it). */
  trustMs = 1000,
): Promise<CachedPlan> {
  const planner = new Planner(cacheDir ? join(cacheDir, "plan", "manifest.json") : null, trustMs);
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
  const repeated = await planner.repeatedLines(articles);
  planner.save();
  return planner.result(articles, repeated);
}

/** One planning's state: the manifest as read, the one being made, and the files read this run. */
class Planner {
  readonly manifest: Manifest;
  readonly problems: Problem[] = [];
  private readonly version = extractorVersion();
  private readonly next: Manifest = { version: this.version, files: Object.create(null), outlets: Object.create(null) };
  private readonly read = new Map<string, RawArticle>();
  private recounted = 0;
  private ingest: typeof import("../ingest/index.js") | undefined;

  constructor(private readonly path: string | null, private readonly trustMs: number) {
    this.manifest = loadManifest(path, this.version);
  }

  result(articles: PlannedArticle[], repeated: Map<string, string[]>, problems = this.problems): CachedPlan {
    return { articles, repeated, problems, recounted: this.recounted, raw: (a) => this.raw(a) };
  }

  /** Each listed file: from the manifest when its signature is trusted, else read. */
  async articles(dir: string, files: string[], meta: Map<string, SourceMeta>): Promise<PlannedArticle[]> {
    const articles: PlannedArticle[] = [];
    const seenIds = new Set<string>();
    for (const file of files) {
      const path = join(dir, file);
      const csv = meta.get(file) ?? null;
      try {
        const [entry, stated] = await this.entry(file, path, csv);
        const id = basename(file, extname(file));
        const duplicate = duplicateId(id, seenIds);
        if (duplicate) throw new IngestError(path, duplicate);
        if (stated) this.next.files[file] = entry;
        articles.push({ id, file, path, sha256: entry.sha256, format: entry.format, meta: mergeMeta(file, csv, entry.found), baseKey: "", partKey: "" });
      } catch (e) {
        if (!(e instanceof IngestError)) throw e;
        this.problems.push({ file: e.file, message: e.message, level: "error" });
      }
    }
    for (const a of articles) a.baseKey = hashOf("part", this.version, a.id, a.file, a.sha256, a.meta);
    return articles;
  }

  /** Each outlet's repeated lines: as stored while its members are unchanged, else recounted. */
  async repeatedLines(articles: PlannedArticle[]): Promise<Map<string, string[]>> {
    const byOutlet = new Map<string, PlannedArticle[]>();
    for (const a of articles) {
      const key = a.meta?.outlet ?? "";
      (byOutlet.get(key) ?? byOutlet.set(key, []).get(key)!).push(a);
    }
    const repeated = new Map<string, string[]>();
    for (const [outlet, members] of byOutlet) {
      // Repeated lines depend on the multiset of the outlet's article contents, and a content on its bytes and format.
      const key = hashOf(members.map((a) => `${a.sha256}:${a.format}`).sort());
      const old = this.manifest.outlets[outlet];
      let lines: string[];
      if (old?.members === key && Array.isArray(old.repeated)) lines = old.repeated;
      else {
        this.recounted++;
        const keyLists: (readonly string[])[] = [];
        for (const a of members) keyLists.push(lineKeysOf(await this.raw(a)));
        lines = [...repeatedOf(keyLists)].sort();
      }
      repeated.set(outlet, lines);
      this.next.outlets[outlet] = { members: key, repeated: lines };
    }
    return repeated;
  }

  /** Rewritten only when something was read or recounted, or a file or outlet went away. */
  save(): void {
    const { path, next, manifest } = this;
    const same = (a: object, b: object) => Object.keys(a).length === Object.keys(b).length;
    if (!path || !(this.read.size || this.recounted || !same(next.files, manifest.files) || !same(next.outlets, manifest.outlets))) return;
    mkdirSync(dirname(path), { recursive: true });
    writeAtomic(path, JSON.stringify(next));
  }

  private async readFile(path: string, meta: SourceMeta | null) {
    return (this.ingest ??= await import("../ingest/index.js")).readArticleFile(path, meta);
  }

  private async raw(a: PlannedArticle): Promise<RawArticle> {
    return this.read.get(a.file) ?? (await this.readFile(a.path, a.meta)).raw;
  }

  /** The file's entry, and whether it could be stat'ed (only then is it kept in the manifest). */
  private async entry(file: string, path: string, csv: SourceMeta | null): Promise<[FileEntry, boolean]> {
    let stat: Stats | undefined;
    try {
      stat = statSync(path);
    } catch {
      // readArticleFile below names the error as a cold run does
    }
    const old = this.manifest.files[file];
    let entry: FileEntry;
    if (stat && old && old.sig === sigOf(stat) && stat.mtimeMs < old.at - this.trustMs && stat.ctimeMs < old.at - this.trustMs) entry = old;
    else {
      const at = Date.now();
      const { raw: r, found } = await this.readFile(path, csv);
      this.read.set(file, r);
      // Signature taken before reading: a write during the read changes it, and the file is read again next time.
      entry = { sig: stat ? sigOf(stat) : "", at, sha256: r.sha256, format: r.format, found };
    }
    return [entry, stat !== undefined];
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
