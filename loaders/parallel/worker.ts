import { parentPort } from "node:worker_threads";
import { finishArticle, readArticle, type ArticlePart } from "../article.js";
import type { RawArticle } from "../ingest/index.js";
import { TrackedSet } from "../plan/tracked.js";
import type { ActorRow, ResolvedMention } from "../types.js";

export type Task =
  | { id: number; type: "read"; raw: RawArticle; repeated: string[] }
  | { id: number; type: "finish"; part: ArticlePart; mentions: ResolvedMention[]; actors: ActorRow[] };

parentPort!.on("message", (task: Task) => {
  try {
    if (task.type === "read") {
      const repeated = new TrackedSet(task.repeated);
      const part = readArticle(task.raw, repeated);
      parentPort!.postMessage({ id: task.id, value: { part, reads: repeated.reads() } });
    } else {
      const actors = new Map(task.actors.map((a) => [a.id, a]));
      parentPort!.postMessage({ id: task.id, value: finishArticle(task.part, task.mentions, actors) });
    }
  } catch (e) {
    parentPort!.postMessage({ id: task.id, error: (e as Error).message });
  }
});
