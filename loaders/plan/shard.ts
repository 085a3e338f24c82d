import { basename, join } from "node:path";
import type { ArticlePart } from "../article.js";
import { PackStore } from "../store/pack.js";
import { hashOf } from "../store/hash.js";
import { partSegments } from "../store/segments.js";
import type { Problem } from "../types.js";
import { buildPlan, mapPlan, type BuildOptions, type Built } from "./build.js";
import { planFolder, type CachedPlan, type PlannedArticle } from "./folder.js";
import { inShard, type Shard } from "./parts.js";
import { partKeys, storePart } from "./records.js";

// The map on N machines and the reduce after, both through the one executor
// (build.ts): a shard plans the whole folder (an outlet's repeated lines are
// counted over every article, so an article is cleaned the same whichever
// shard it lands in) and maps its own articles; the reduce is the build over
// every shard's parts, put in an in-memory store as if this run had mapped them.

/** The map of one shard (`dossier extract --shard k/n`): its articles' parts, and the planning problems it owns. */
export async function mapShard(dir: string, shard: Shard, jobs: number): Promise<{ parts: ArticlePart[]; problems: Problem[] }> {
  const plan = await planFolder(dir);
  const mine = { ...plan, articles: plan.articles.filter((a) => inShard(a.id, shard)), problems: plan.problems.filter((p) => ownsProblem(dir, p, shard)) };
  return { parts: await mapPlan(mine, { jobs }), problems: mine.problems };
}

/**
 * A problem of planning belongs to the shard of the article file it names; one
 * naming sources.csv to the first shard, so merged shards report it once; one
 * naming the folder itself to every shard (none of them can run).
 */
function ownsProblem(dir: string, p: Problem, shard: Shard): boolean {
  if (p.file === dir) return true;
  if (p.file === join(dir, "sources.csv")) return shard.k === 1;
  return inShard(basename(p.file).replace(/\.[^.]+$/, ""), shard);
}

/** The reduce over every shard's parts (`dossier merge`), in file order: the tables one run over the folder gives. */
export async function reduceShards(parts: ArticlePart[], problems: Problem[], options: BuildOptions): Promise<Built> {
  const store = new PackStore(null);
  const keyOf = partKeys(new Map());
  const articles = parts.map((part): PlannedArticle => {
    const a: PlannedArticle = { id: part.article.id, file: part.article.file, path: part.article.file, sha256: "", format: "txt", meta: metaOf(part), baseKey: hashOf("shard part", part.article.id), partKey: "" };
    // No line of a mapped part is read again: its own repeated lines are in its key already.
    store.set(`d:${a.baseKey}`, [""]);
    storePart(store, (a.partKey = keyOf(a, "")), partSegments(part));
    return a;
  });
  const plan: CachedPlan = {
    articles, repeated: new Map(), problems,
    raw: (a) => Promise.reject(new Error(`${a.file}: a merged part is never read again`)),
  };
  return buildPlan(plan, { ...options, cacheDir: null, store });
}

/** The part's own article row as the sources metadata: resolution reads its published date. */
function metaOf({ article: a }: ArticlePart): PlannedArticle["meta"] {
  return { file: a.file, title: a.title, outlet: a.outlet, url: a.url, published: a.published, byline: a.byline, language: a.language };
}
