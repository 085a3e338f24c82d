import type { ArticlePart, ArticleRows } from "../article.js";
import type { RawArticle } from "../ingest/index.js";
import { Pool } from "../parallel/pool.js";
import type { Task } from "../parallel/worker.js";
import type { ActorRow, ResolvedMention } from "../types.js";

/** Runs the two per-article halves of the pipeline, in this thread or on workers. */
export interface Executor {
  /** Adds workers once the number of articles to extract is known. */
  size(todo: number): void;
  /** The first half, given the article's own lines that repeat across its outlet (ownRepeated). */
  read(raw: RawArticle, repeated: string[]): Promise<ArticlePart>;
  finish(part: ArticlePart, mentions: ResolvedMention[], actors: ActorRow[]): Promise<ArticleRows>;
  /** Compiles the second half on a worker that would otherwise wait through resolution (a finish thrown away); nothing in this thread. */
  warm(part: ArticlePart): void;
  close(): Promise<void>;
}

type Payload = Task extends infer T ? (T extends Task ? Omit<T, "id"> : never) : never;

/** Below this many articles to compute, one worker: more cost more to start than they save. */
export const MIN_PARALLEL = 32;

/**
 * The stages are loaded only when something must be extracted (gazetteers and
 * the tagger's lexicon are slow to load). With more than one core, one
 * worker starts at once, before the cache is read, and loads the stages while
 * this thread plans: a rebuild after adding one article waits for them less.
 * With many articles to compute, this thread takes tasks too, beside jobs - 1
 * workers: it is idle through the map otherwise, and each worker costs its own
 * copy of the stages (loading, compiling) and a structured clone of every part.
 * `--jobs 1` keeps everything in this thread.
 */
export function executor(jobs: number): Executor {
  const here = inThread();
  if (jobs <= 1) return here;
  const pool = new Pool(1);
  const queue = new TaskQueue(pool, here);
  return {
    size: (todo) => {
      queue.shared = todo >= MIN_PARALLEL;
      pool.grow(queue.shared ? jobs - 1 : 1);
    },
    read: (raw, repeated) => queue.add({ type: "read", raw, repeated }, () => here.read(raw, repeated)),
    finish: (part, mentions, actors) => queue.add({ type: "finish", part, mentions, actors }, () => here.finish(part, mentions, actors)),
    warm: (part) => void pool.run({ type: "finish", part, mentions: [], actors: [] }).catch(() => undefined),
    close: () => pool.close(),
  };
}

/** Tasks kept in hand so a worker's queue stays this deep: its next task is there when it finishes one. */
const WORKER_DEPTH = 2;

type Queued = { payload: Payload; local: () => Promise<unknown>; settle: (p: Promise<unknown>) => void };

/**
 * One queue both sides draw from. Workers are topped up to WORKER_DEPTH tasks as
 * each answer arrives; when shared, this thread runs whatever is left, one task
 * per turn of the event loop (a task here is synchronous, and the workers'
 * answers, which refill their queues, are read only between turns).
 */
class TaskQueue {
  shared = false;
  private readonly waiting: Queued[] = [];
  private scheduled = false;

  constructor(private readonly pool: Pool, private readonly here: Executor) {}

  add<T>(payload: Payload, local: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.waiting.push({ payload, local, settle: (p) => (p as Promise<T>).then(resolve, reject) });
      this.pump();
    });
  }

  private pump(): void {
    while (this.waiting.length && (!this.shared || this.pool.queued < WORKER_DEPTH)) {
      const t = this.waiting.shift()!;
      const p = this.pool.run(t.payload);
      p.then(() => this.pump(), () => this.pump());
      t.settle(p);
    }
    if (this.waiting.length && !this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.runHere());
    }
  }

  private runHere(): void {
    this.scheduled = false;
    const t = this.waiting.shift();
    if (t) t.settle(t.local());
    this.pump();
  }
}

function inThread(): Executor {
  let stages: Promise<typeof import("../article.js")> | undefined;
  const load = () => (stages ??= import("../article.js"));
  return {
    size: () => {},
    read: async (raw, repeated) => (await load()).readArticle(raw, new Set(repeated)),
    finish: async (part, mentions, actors) => (await load()).finishArticle(part, mentions, new Map(actors.map((a) => [a.id, a]))),
    warm: () => {},
    close: async () => {},
  };
}
