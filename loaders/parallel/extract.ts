import type { ExtractOptions, ExtractResult } from "../pipeline.js";
import { buildFolder, tablesOf } from "../plan/build.js";

export { MIN_PARALLEL } from "../plan/executor.js";

export interface ParallelOptions extends ExtractOptions {
  /** Worker threads; default: the machine's cores. 1 runs in this thread. */
  jobs?: number;
  /** Called as articles finish: (done, total, phase). */
  progress?: (done: number, total: number, phase: "read" | "finish") => void;
}

/**
 * extractFolder on worker threads (plan/build.ts): both per-article halves run
 * in the pool, actor resolution on this thread between them. Same tables as
 * extractFolder, in the same order, whatever the number of workers.
 */
export async function extractFolderParallel(dir: string, options: ParallelOptions = {}): Promise<ExtractResult> {
  const built = await buildFolder(dir, options);
  return { tables: tablesOf(built), problems: built.problems, cache: built.cache };
}
