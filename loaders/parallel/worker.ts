import { getHeapStatistics } from "node:v8";
import { parentPort } from "node:worker_threads";
import { finishArticle, readArticle, type ArticlePart } from "../article.js";
import type { RawArticle } from "../ingest/index.js";
import { TrackedSet } from "../plan/tracked.js";
import type { ActorRow, ResolvedMention } from "../types.js";

export type Task =
  | { id: number; type: "read"; raw: RawArticle; repeated: string[] }
  | { id: number; type: "finish"; part: ArticlePart; mentions: ResolvedMention[]; actors: ActorRow[] };

// Every answer says how much heap this worker holds (V8's committed heap, this
// isolate only: a worker's process RSS would count every thread), so the pool can
// report each worker's peak and a benchmark can show it does not grow with the corpus.
const heap = () => getHeapStatistics().total_heap_size;

parentPort!.on("message", (task: Task) => {
  try {
    if (task.type === "read") {
      const repeated = new TrackedSet(task.repeated);
      const part = readArticle(task.raw, repeated);
      parentPort!.postMessage({ id: task.id, value: { part, reads: repeated.reads() }, heap: heap() });
    } else {
      const actors = new Map(task.actors.map((a) => [a.id, a]));
      parentPort!.postMessage({ id: task.id, value: finishArticle(task.part, task.mentions, actors), heap: heap() });
    }
  } catch (e) {
    parentPort!.postMessage({ id: task.id, error: (e as Error).message, heap: heap() });
  }
});
