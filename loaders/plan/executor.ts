import type { ArticlePart, ArticleRows } from "../article.js";
import type { RawArticle } from "../ingest/index.js";
import { Pool } from "../parallel/pool.js";
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
  let shared = false;
  // A task runs here only while every worker has one in hand and one queued, so they never wait for
  // this thread; and at most one per turn of the event loop: a task here is synchronous, and the
  // workers' answers (which refill their queues) are read only between turns.
  let ranHere = false;
  const local = () => {
    if (!shared || ranHere || pool.queued < 2) return false;
    ranHere = true;
    setImmediate(() => (ranHere = false));
    return true;
  };
  return {
    size: (todo) => {
      shared = todo >= MIN_PARALLEL;
      pool.grow(shared ? jobs - 1 : 1);
    },
    read: (raw, repeated) => (local() ? here.read(raw, repeated) : pool.run<ArticlePart>({ type: "read", raw, repeated })),
    finish: (part, mentions, actors) => (local() ? here.finish(part, mentions, actors) : pool.run<ArticleRows>({ type: "finish", part, mentions, actors })),
    warm: (part) => void pool.run({ type: "finish", part, mentions: [], actors: [] }).catch(() => undefined),
    close: () => pool.close(),
  };
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
