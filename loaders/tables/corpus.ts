import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { extractorVersion } from "../version.js";
import { LOADERS } from "../version.js";
import type { Problem, Tables } from "../types.js";
import { writeAtomic } from "./write.js";

/** The repository root (also when running from the bundle of loaders/). */
export const REPO = resolve(LOADERS, "..");
/** The report's corpus; DOSSIER_ARTICLES points a build at another folder (tests, newsrooms with corpora elsewhere). */
export const ARTICLES_DIR = process.env.DOSSIER_ARTICLES ? resolve(process.env.DOSSIER_ARTICLES) : join(REPO, "data", "articles");
export const REGISTRY = join(REPO, "data", "actors.csv");
export const CORRECTIONS = join(REPO, "data", "corrections.csv");
const CACHE_DIR = join(REPO, ".dossier-cache", "corpus");
const ARTICLE_CACHE = join(REPO, ".dossier-cache", "articles");

/**
 * Hash of everything the tables depend on: the article folder, the registries
 * and the extractor's own source. Framework runs each data loader in its own
 * process; with this key they share one extraction instead of seven.
 */
export function corpusKey(dir = ARTICLES_DIR): string {
  const h = createHash("sha256");
  const feed = (path: string) => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) for (const f of readdirSync(path).sort()) feed(join(path, f));
    else h.update(path.slice(REPO.length)).update("\0").update(readFileSync(path)).update("\0");
  };
  feed(dir);
  feed(join(REPO, "data", "actors.csv"));
  feed(join(REPO, "data", "corrections.csv"));
  h.update(extractorVersion());
  return h.digest("hex").slice(0, 24);
}

/**
 * The tables of the report's corpus (data/articles), extracted once per change.
 * The extractor (models, gazetteers) is loaded only on a miss: Framework runs
 * every table loader in its own process, and all but the first find the tables here.
 */
export async function corpusTables(dir = ARTICLES_DIR): Promise<{ tables: Tables; problems: Problem[] }> {
  const key = corpusKey(dir);
  const path = join(CACHE_DIR, `${key}.json`);
  if (existsSync(path)) {
    try {
      return JSON.parse(readFileSync(path, "utf8"));
    } catch {
      // A corrupt cache entry (interrupted write, disk full) is rebuilt below.
    }
  }
  const { buildFolder, tablesOf } = await import("../plan/build.js");
  const built = await buildFolder(dir, {
    registryPath: existsSync(REGISTRY) ? REGISTRY : null,
    correctionsPath: existsSync(CORRECTIONS) ? CORRECTIONS : null,
    // Per-article cache: adding one article re-extracts only that article (as `dossier extract --cache`).
    cacheDir: ARTICLE_CACHE,
  });
  const result = { tables: tablesOf(built), problems: built.problems };
  mkdirSync(CACHE_DIR, { recursive: true });
  writeAtomic(path, JSON.stringify(result));
  return result;
}
