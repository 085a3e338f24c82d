import { mkdirSync, readFileSync, statSync, type Stats } from "node:fs";
import { basename, dirname, extname, join } from "node:path";
import { hashOf } from "../store/hash.js";
import { extractorVersion } from "../version.js";
import { articleLineKeys, repeatedOf } from "../clean/repeated.js";
import type { RawArticle } from "../ingest/index.js";
import { IngestError, listArticleFiles, mergeMeta, type FileMeta, type SourceMeta } from "../ingest/list.js";
import { writeAtomic } from "../store/atomic.js";
import { countHashes, hashLines, lineHash } from "./linehash.js";
import { loadSources, readSourcesCached, storeSources, type SourcesState, type StoredSources } from "./sources.js";
import type { Problem } from "../types.js";
import { duplicateId, orphanRows } from "./rules.js";

// The plan of a folder (which articles, their metadata, each outlet's repeated
// lines and every article's cache key) without re-reading unchanged files. A
// manifest remembers, per file, its stat signature (size, mtime, ctime, inode),
// sha256 and own metadata; per outlet, the repeated lines of the exact set of
// article contents they were counted over. A file is re-read when its signature
// changed or it changed in the second before it was last read (a write within
// the same clock tick would keep the signature); an outlet's repeated lines are
// recounted, from all its articles, when that set changed. The result is the
// one a cold plan computes, so cached and cold runs share cache entries.
// Each file also keeps the hashes of its line keys (plan/linehash.ts) and each
// outlet the files it was counted over: when an outlet changes, the lines of the
// files read this run are counted with the hashes of the others, not re-read.

interface FileEntry {
  sig: string;
  /** When the file was stat'ed; a signature younger than a second before this is not trusted. */
  at: number;
  sha256: string;
  format: RawArticle["format"];
  found: FileMeta;
  /** Hashes of the content's distinct line keys (hashLines), once the file was counted in its outlet. */
  lines?: string;
}

interface Manifest {
  version: string;
  files: Record<string, FileEntry>;
  outlets: Record<string, OutletEntry>;
  /** sources.csv's rows as last parsed (plan/sources.ts). */
  sources?: StoredSources;
}

interface OutletEntry {
  /** hashOf the members' sha256:format, sorted. */
  members: string;
  repeated: string[];
  /** The member files, as counted. */
  files?: string[];
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
  /** Outlets whose repeated lines were recounted this run: from the manifest's hashes, or by reading every member. */
  recounts: { hashes: number; read: number };
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
    return { version, files: Object.assign(Object.create(null), m.files), outlets: Object.assign(Object.create(null), m.outlets), sources: m.sources };
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
  const sources = readSourcesCached(dir, loadSources(planner.manifest.sources));
  planner.problems.push(...sources.problems, ...orphanRows(dir, files, sources.meta.keys()));
  const articles = await planner.articles(dir, files, sources.meta);
  const repeated = await planner.repeatedLines(articles);
  planner.save(sources.state);
  return planner.result(articles, repeated);
}

/** One planning's state: the manifest as read, the one being made, and the files read this run. */
class Planner {
  readonly manifest: Manifest;
  readonly problems: Problem[] = [];
  private readonly version = extractorVersion();
  private readonly next: Manifest = { version: this.version, files: Object.create(null), outlets: Object.create(null) };
  private readonly read = new Map<string, RawArticle>();
  private readonly recounts = { hashes: 0, read: 0 };
  private recounted = false;
  private ingest: typeof import("../ingest/index.js") | undefined;

  constructor(private readonly path: string | null, private readonly trustMs: number) {
    this.manifest = loadManifest(path, this.version);
  }

  result(articles: PlannedArticle[], repeated: Map<string, string[]>, problems = this.problems): CachedPlan {
    return { articles, repeated, problems, recounts: this.recounts, raw: (a) => this.raw(a) };
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
        this.recounted = true;
        const changed = this.recountChanged(old, members);
        this.recounts[changed ? "hashes" : "read"]++;
        lines = changed ?? (await this.recountAll(members));
      }
      repeated.set(outlet, lines);
      this.next.outlets[outlet] = { members: key, repeated: lines, files: members.map((a) => a.file) };
    }
    return repeated;
  }

  /** Rewritten only when something was read or recounted, or a file or outlet went away. */
  save(sources: SourcesState | null | undefined): void {
    const { path, next, manifest } = this;
    const same = (a: object, b: object) => Object.keys(a).length === Object.keys(b).length;
    const sourcesChanged = sources?.sha256 !== manifest.sources?.sha256;
    if (!path || !(this.read.size || this.recounted || sourcesChanged || !same(next.files, manifest.files) || !same(next.outlets, manifest.outlets))) return;
    // Stored only when written: the rows of an unchanged sources.csv are not turned back into cells.
    if (sources) next.sources = storeSources(sources);
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
      if (old?.lines !== undefined && old.sha256 === r.sha256 && old.format === r.format) entry.lines = old.lines;
    }
    return [entry, stat !== undefined];
  }

  /** Every member read: its line keys counted, and their hashes kept for the next recount. */
  private async recountAll(members: PlannedArticle[]): Promise<string[]> {
    const keyLists: string[][] = [];
    for (const a of members) {
      const keys = articleLineKeys((await this.raw(a)).content);
      keyLists.push(keys);
      const entry = this.next.files[a.file];
      if (entry) entry.lines = hashLines(keys);
    }
    return [...repeatedOf(keyLists)].sort();
  }

  /**
   * The outlet's repeated lines from the hashes of its unchanged members and the keys of
   * the ones read this run. A key repeated now is in a member read this run, or only in
   * unchanged ones, which repeated it last time: so the old list and the read members'
   * keys hold every candidate. Null when a member's lines are unknown (an article that
   * moved here from another outlet unread, or a manifest without hashes): count them all.
   */
  private recountChanged(old: OutletEntry | undefined, members: PlannedArticle[]): string[] | null {
    if (!old || !Array.isArray(old.files) || !Array.isArray(old.repeated)) return null;
    const before = new Set(old.files);
    const counts = new Map<string, number>();
    const fresh: string[][] = [];
    for (const a of members) {
      const entry = this.next.files[a.file];
      let hashes: string | undefined;
      if (this.read.has(a.file) || !before.has(a.file)) {
        const r = this.read.get(a.file);
        if (!r) return null;
        const keys = articleLineKeys(r.content);
        fresh.push(keys);
        hashes = hashLines(keys);
        if (entry) entry.lines = hashes;
      } else hashes = entry?.lines;
      if (hashes === undefined) return null;
      countHashes(hashes, counts);
    }
    const out = new Set<string>();
    for (const keys of [old.repeated, ...fresh]) for (const k of keys) if ((counts.get(lineHash(k)) ?? 0) >= 2) out.add(k);
    return [...out].sort();
  }
}
