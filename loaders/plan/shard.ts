import type { ArticlePart } from "../article.js";
import { ownRepeated } from "../clean/repeated.js";
import { mapLimit } from "../parallel/pool.js";
import { assemble, planFolder, resolveParts, type ExtractOptions } from "../pipeline.js";
import type { Problem, Tables } from "../types.js";
import { executor } from "./executor.js";
import type { Shard } from "./parts.js";

/**
 * The map of one shard (`dossier extract --shard k/n`): the articles whose id
 * falls in the shard, each read, cleaned and tagged on the workers. The shard
 * reads the whole folder to count each outlet's repeated lines, so an article
 * is cleaned the same whichever shard it lands in; resolution and the tables
 * are left to the reduce (`dossier merge`), which sees every shard's parts.
 */
export async function mapShard(dir: string, shard: Shard, jobs: number): Promise<{ parts: ArticlePart[]; problems: Problem[] }> {
  const plan = planFolder(dir, { shard });
  const exec = executor(jobs);
  try {
    exec.size(plan.raws.length);
    const parts = await mapLimit(plan.raws, jobs * 4, (raw) => exec.read(raw, ownRepeated(raw.content, plan.repeated.get(raw.meta?.outlet ?? "") ?? new Set())));
    return { parts, problems: plan.problems };
  } finally {
    await exec.close();
  }
}

/**
 * The reduce over every shard's parts (`dossier merge`): pipeline.ts
 * reduceParts, with each article's second half on the workers.
 */
export async function reduceShards(parts: ArticlePart[], options: ExtractOptions, problems: Problem[], jobs: number): Promise<Tables> {
  const resolved = resolveParts(parts, options.registryPath, problems);
  const exec = executor(jobs);
  try {
    exec.size(parts.length);
    const rows = await mapLimit(parts, jobs * 4, (part) => {
      const mentions = resolved.byArticle.get(part.article.id) ?? [];
      const actors = [...new Set(mentions.map((m) => m.actor))].flatMap((id) => resolved.actorById.get(id) ?? []);
      return exec.finish(part, mentions, actors);
    });
    return assemble(parts, rows, resolved, problems, options);
  } finally {
    await exec.close();
  }
}
