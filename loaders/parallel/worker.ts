import { constants, PerformanceObserver } from "node:perf_hooks";
import { getHeapStatistics } from "node:v8";
import { parentPort } from "node:worker_threads";
import type { RawArticle } from "../ingest/index.js";
import { encodeCandidates } from "../store/columns.js";
import { partOf, partSegments, rowsSegments } from "../store/segments.js";
import type { ActorRow, Doc, Problem, ResolvedMention } from "../types.js";

export type Task =
  /** `repeated`: the article's own lines that repeat across its outlet (ownRepeated). Answered with its PartSegments. */
  | { id: number; type: "read"; raw: RawArticle; repeated: string[] }
  /** An article's part record and sentences (store/segments.ts). Answered with its rows record's segments. */
  | { id: number; type: "finish"; rec: Uint8Array[]; sentences: Uint8Array; mentions: ResolvedMention[]; actors: ActorRow[] }
  /** One step of a half (article.ts) while the asking thread runs the others. `sentences`: the doc's, as JSON. Answered with a Step. */
  | { id: number; type: "candidates"; doc: Omit<Doc, "sentences">; file: string; sentences: string }
  | { id: number; type: "events"; rec: Uint8Array[]; sentences: Uint8Array; mentions: ResolvedMention[]; actors: ActorRow[] };

/** A step's answer: the candidates' columns (store/columns.ts) or the event rows, and the problems it met. */
export interface Step<T> {
  value: T;
  problems: Problem[];
}

// Every answer says how much heap this worker holds, this isolate only (a
// worker's process RSS counts every thread): V8's committed heap, and the live
// heap after the last full GC (what survives; the committed heap also holds
// garbage V8 has not yet collected). The pool keeps each worker's peaks so a
// benchmark can show what a worker needs as the corpus grows. The committed
// heap is read at most every HEAP_EVERY ms (a read costs more than a small
// task's answer), and on the first answer after a full GC.
const HEAP_EVERY = 20;
let [committed, live, read] = [0, 0, -Infinity];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    if ((e as { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) [live, read] = [getHeapStatistics().used_heap_size, -Infinity];
  }
}).observe({ entryTypes: ["gc"] });
const heap = () => {
  if (performance.now() - read >= HEAP_EVERY) [committed, read] = [Math.max(committed, getHeapStatistics().total_heap_size), performance.now()];
  return [committed, live];
};
const buf = (u: Uint8Array) => Buffer.from(u.buffer, u.byteOffset, u.byteLength);

// The stages are loaded by the steps a task needs (article/): split by stage
// (plan/executor.ts), this worker runs only the tagger and the events stage and
// never loads the others. Those two start at once, while the asking thread
// plans, and build their tables on a made-up article (article/sample.ts) before
// the first real one comes; a whole half loads the rest on its first task.
let whole: Promise<typeof import("../article.js")> | undefined;
const stages = {
  names: import("../article/names.js").then((m) => (m.warmNames(), m)),
  events: import("../article/events.js").then((m) => (m.warmEvents(), m)),
  whole: () => (whole ??= import("../article.js")),
};
for (const p of [stages.names, stages.events]) p.catch(() => {});

parentPort!.on("message", (task: Task) => {
  run(task).catch((e: Error) => parentPort!.postMessage({ id: task.id, error: e.message, heap: heap() }));
});

async function run(task: Task): Promise<void> {
  if (task.type === "read") {
    const { readArticle } = await stages.whole();
    const value = partSegments(readArticle(task.raw, new Set(task.repeated)));
    // The candidates' bytes may share a pooled buffer: copied to one of their own, moved rather than cloned.
    const columns = new Uint8Array(value.part[3]);
    value.part[3] = columns;
    parentPort!.postMessage({ id: task.id, value, heap: heap() }, [columns.buffer]);
  } else if (task.type === "candidates") {
    const { readCandidates } = await stages.names;
    const problems: Problem[] = [];
    const doc = { ...task.doc, sentences: JSON.parse(task.sentences) };
    const columns = new Uint8Array(encodeCandidates(readCandidates(doc, { article: { id: doc.id, file: task.file }, problems })));
    parentPort!.postMessage({ id: task.id, value: { value: columns, problems }, heap: heap() }, [columns.buffer]);
  } else if (task.type === "events") {
    const { finishEvents } = await stages.events;
    // The events stage reads no candidates.
    const part = partOf(task.rec.map(buf), buf(task.sentences), []);
    const { events, problems } = finishEvents(part, task.mentions, new Map(task.actors.map((a) => [a.id, a])));
    parentPort!.postMessage({ id: task.id, value: { value: events, problems }, heap: heap() });
  } else {
    const { finishArticle } = await stages.whole();
    const part = partOf(task.rec.map(buf), buf(task.sentences));
    const actors = new Map(task.actors.map((a) => [a.id, a]));
    parentPort!.postMessage({ id: task.id, value: rowsSegments(task.mentions, finishArticle(part, task.mentions, actors)), heap: heap() });
  }
}
