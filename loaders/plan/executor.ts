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
 * `--jobs 1` keeps everything in this thread.
 */
export function executor(jobs: number): Executor {
  if (jobs <= 1) {
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
  const pool = new Pool(1);
  return {
    size: (todo) => pool.grow(todo < MIN_PARALLEL ? 1 : jobs),
    read: (raw, repeated) => pool.run<ArticlePart>({ type: "read", raw, repeated }),
    finish: (part, mentions, actors) => pool.run<ArticleRows>({ type: "finish", part, mentions, actors }),
    warm: (part) => void pool.run({ type: "finish", part, mentions: [], actors: [] }).catch(() => undefined),
    close: () => pool.close(),
  };
}
