import { constants, PerformanceObserver } from "node:perf_hooks";
import { getHeapStatistics } from "node:v8";
import { parentPort } from "node:worker_threads";
import { finishArticle, readArticle, type ArticlePart } from "../article.js";
import type { RawArticle } from "../ingest/index.js";
import type { ActorRow, ResolvedMention } from "../types.js";

export type Task =
  /** `repeated`: the article's own lines that repeat across its outlet (ownRepeated). */
  | { id: number; type: "read"; raw: RawArticle; repeated: string[] }
  | { id: number; type: "finish"; part: ArticlePart; mentions: ResolvedMention[]; actors: ActorRow[] };

// Every answer says how much heap this worker holds, this isolate only (a
// worker's process RSS counts every thread): V8's committed heap, and the live
// heap after the last full GC (what survives; the committed heap also holds
// garbage V8 has not yet collected). The pool keeps each worker's peaks so a
// benchmark can show what a worker needs as the corpus grows.
let live = 0;
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    if ((e as { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) live = getHeapStatistics().used_heap_size;
  }
}).observe({ entryTypes: ["gc"] });
const heap = () => [getHeapStatistics().total_heap_size, live];

parentPort!.on("message", (task: Task) => {
  try {
    if (task.type === "read") {
      parentPort!.postMessage({ id: task.id, value: readArticle(task.raw, new Set(task.repeated)), heap: heap() });
    } else {
      const actors = new Map(task.actors.map((a) => [a.id, a]));
      parentPort!.postMessage({ id: task.id, value: finishArticle(task.part, task.mentions, actors), heap: heap() });
    }
  } catch (e) {
    parentPort!.postMessage({ id: task.id, error: (e as Error).message, heap: heap() });
  }
});
