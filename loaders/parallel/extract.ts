import { availableParallelism } from "node:os";
import type { ArticlePart, ArticleRows } from "../article.js";
import { Cache } from "../cache.js";
import { assemble, extractPlan, planFolder, resolveParts, rowsKey, type ExtractOptions, type ExtractResult } from "../pipeline.js";
import { mapLimit, Pool } from "./pool.js";

export interface ParallelOptions extends ExtractOptions {
  /** Worker threads; default: the machine's cores. 1 runs in this thread. */
  jobs?: number;
  /** Called as articles finish: (done, total, phase). */
  progress?: (done: number, total: number, phase: "read" | "finish") => void;
}

/** Below this many articles to (re)compute, starting workers costs more than it saves. */
export const MIN_PARALLEL = 32;

/**
 * extractFolder on worker threads: both per-article halves run in the pool,
 * actor resolution on this thread between them. Same tables as extractFolder,
 * in the same order, whatever the number of workers.
 */
export async function extractFolderParallel(dir: string, options: ParallelOptions = {}): Promise<ExtractResult> {
  const plan = planFolder(dir, options);
  const cache = new Cache(options.cacheDir ?? null);
  const jobs = Math.max(1, options.jobs ?? availableParallelism());
  const cachedParts = plan.partKeys.map((k) => cache.get<ArticlePart>(k));
  const todo = cachedParts.filter((p) => !p).length;
  if (jobs === 1 || todo < MIN_PARALLEL) return extractPlan(plan, options);

  const pool = new Pool(jobs);
  try {
    const problems = [...plan.problems];
    let done = 0;
    const parts = await mapLimit(plan.raws, jobs * 4, async (raw, i) => {
      if (cachedParts[i]) return cachedParts[i]!;
      const repeated = [...(plan.repeated.get(raw.meta?.outlet ?? "") ?? [])];
      const part = await pool.run<ArticlePart>({ type: "read", raw, repeated });
      cache.set(plan.partKeys[i]!, part);
      return part;
    }, () => options.progress?.(++done, plan.raws.length, "read"));
    const resolved = resolveParts(parts, options.registryPath, problems);
    done = 0;
    const rows = await mapLimit(parts, jobs * 4, async (part, i) => {
      const mentions = resolved.byArticle.get(part.article.id) ?? [];
      const key = rowsKey(plan.partKeys[i]!, mentions, resolved.actorById);
      const hit = cache.get<ArticleRows>(key);
      if (hit) return hit;
      const actors = [...new Set(mentions.map((m) => m.actor))].flatMap((id) => resolved.actorById.get(id) ?? []);
      const r = await pool.run<ArticleRows>({ type: "finish", part, mentions, actors });
      cache.set(key, r);
      return r;
    }, () => options.progress?.(++done, parts.length, "finish"));
    return { tables: assemble(parts, rows, resolved, problems, options), problems, cache: { hits: cache.hits, misses: cache.misses } };
  } finally {
    await pool.close();
  }
}
