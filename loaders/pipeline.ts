import { lineKeysOf } from "./clean/repeated.js";
import type { RawArticle } from "./ingest/index.js";
import { buildFolder, buildPlan, tablesOf, type Built } from "./plan/build.js";
import { baseKeyOf, repeatedByOutlet, type CachedPlan } from "./plan/folder.js";
import { lineHashes } from "./plan/linehash.js";
import type { Problem, Tables } from "./types.js";
import { extractorVersion } from "./version.js";

// The library's entry: the build (plan/build.ts) on one thread, without a
// cache folder, its tables as objects. Tests and benchmarks run the same code
// as `dossier extract`, so there is one road from articles to tables.

export interface ExtractOptions {
  /** The actor registry; defaults to none (the CLI passes data/actors.csv when it exists). */
  registryPath?: string | null;
  /** data/corrections.csv: rows rejected or fixed by the reporter, applied after extraction. */
  correctionsPath?: string | null;
}

export interface ExtractResult {
  tables: Tables;
  problems: Problem[];
}

const result = (built: Built): ExtractResult => ({ tables: tablesOf(built), problems: built.problems });

/** Runs every stage over one folder of articles, in this thread, without a cache. Never throws for a bad article. */
export async function extractFolder(dir: string, options: ExtractOptions = {}): Promise<ExtractResult> {
  return result(await buildFolder(dir, { ...options, jobs: 1, cacheDir: null }));
}

/** The same over articles already read (tests, benchmarks), in file order as a folder lists them. */
export async function extractArticles(raws: RawArticle[], options: ExtractOptions = {}): Promise<ExtractResult> {
  return result(await buildPlan(planOfRaws(raws), { ...options, jobs: 1, cacheDir: null }));
}

/** Articles already read, in file order, and each outlet's repeated lines (keys). */
export function planArticles(given: RawArticle[]): { raws: RawArticle[]; repeated: Map<string, Set<string>> } {
  // Resolution is corpus-wide and breaks ties by what it met first, so articles handed over in
  // another order would name an actor differently; a folder's listing is sorted the same way.
  const raws = [...given].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { raws, repeated: new Map([...repeatedByOutlet(raws, lineKeysOf)].map(([k, v]) => [k, new Set(v)])) };
}

/** A build plan over articles already read: what plan/folder.ts gives for a folder holding them. */
function planOfRaws(given: RawArticle[]): CachedPlan {
  const { raws } = planArticles(given);
  const version = extractorVersion();
  const byFile = new Map(raws.map((r) => [r.file, r]));
  const articles = raws.map((r) => ({ id: r.id, file: r.file, path: r.file, sha256: r.sha256, format: r.format, meta: r.meta, baseKey: baseKeyOf(version, r), partKey: "" }));
  return { articles, repeated: repeatedByOutlet(raws, (r) => lineHashes(lineKeysOf(r))), problems: [], raw: async (a) => byFile.get(a.file)! };
}
