import type { Candidate } from "../actors/candidate.js";
import type { RawArticle } from "../ingest/index.js";
import { Pool } from "../parallel/pool.js";
import type { Step, Task } from "../parallel/worker.js";
import { partOf, partSegments, rowsSegments, type PartSegments } from "../store/segments.js";
import type { ActorRow, EventRow, ResolvedMention } from "../types.js";

/** Runs the two per-article halves of the pipeline, in this thread or on workers. */
export interface Executor {
  /** Adds workers once the number of articles to extract is known. */
  size(todo: number): void;
  /** The first half, given the article's own lines that repeat across its outlet (ownRepeated): the part's records. */
  read(raw: RawArticle, repeated: string[]): Promise<PartSegments>;
  /**
   * The second half, from the part's records: the rows record's segments. Stages run where the records are
   * made and read, so a worker is sent and sends back text and bytes, not objects. `candidates`: the part's,
   * already decoded here (a worker decodes its own copy).
   */
  finish(rec: Buffer[], sentences: Buffer, mentions: ResolvedMention[], actors: ActorRow[], candidates?: Candidate[]): Promise<string[]>;
  /** Compiles the second half on a worker that would otherwise wait through resolution (a finish thrown away); nothing in this thread. */
  warm(part: PartSegments): void;
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
 * With many articles to compute and two threads, this thread splits each half
 * with the worker by stage (split below): it is idle through the map
 * otherwise. With more, whole articles go to `jobs` workers. `--jobs 1` keeps
 * everything in this thread.
 */
export function executor(jobs: number): Executor {
  if (jobs <= 1) return inThread();
  const pool = new Pool(1);
  const halves = split(pool);
  let shared = false;
  return {
    size: (todo) => {
      shared = todo >= MIN_PARALLEL;
      pool.grow(shared ? (jobs === 2 ? 1 : jobs) : 1);
    },
    read: (raw, repeated) => (shared && jobs === 2 ? halves.read(raw, repeated) : pool.run({ type: "read", raw, repeated })),
    finish: (rec, sentences, mentions, actors, candidates) => {
      if (shared && jobs === 2) return halves.finish(rec, sentences, mentions, actors, candidates);
      const t = finishTask(rec, sentences, mentions, actors);
      return pool.run(t.payload, t.transfer);
    },
    warm: (part) => {
      const t = finishTask(part.part.map(bytes), bytes(part.sentences), [], []);
      pool.run(t.payload, t.transfer).catch(() => undefined);
    },
    close: () => pool.close(),
  };
}

/**
 * Each half split by stage between this thread and one worker: the worker
 * runs the name tagger (the map) and the events stage (the second half), this
 * thread the rest of each while the worker works. Split by article instead,
 * each thread would load, run cold and compile every stage's code, a second
 * copy of the work V8 does to warm it, which on two cores cost more than the
 * second thread gave; split by stage, each thread warms only its own. The
 * steps and their order are readArticle's and finishArticle's (article.ts).
 */
function split(pool: Pool): Pick<Executor, "read" | "finish"> {
  // This thread loads only its own stages' steps (article/), the worker only its.
  let text: Promise<typeof import("../article/text.js")> | undefined;
  let figuresQuotes: Promise<typeof import("../article/rows.js")> | undefined;
  return {
    read: async (raw, repeated) => {
      const { readText, readDates } = await (text ??= import("../article/text.js"));
      const part = readText(raw, new Set(repeated));
      const { sentences: list, ...doc } = part.doc;
      // The dates stage leaves the sentences as they are: their JSON is made once, for the worker and the record.
      const sentences = JSON.stringify(list);
      const candidates = pool.run<Step<Uint8Array>>({ type: "candidates", doc, file: part.article.file, sentences });
      readDates(part);
      const { value, problems } = await candidates;
      part.problems.push(...problems);
      return partSegments(part, value, sentences);
    },
    finish: async (rec, sentences, mentions, actors, candidates) => {
      const t = finishTask(rec, sentences, mentions, actors);
      const events = pool.run<Step<EventRow[]>>({ ...t.payload, type: "events" } as Payload, t.transfer);
      const { finishFiguresQuotes } = await (figuresQuotes ??= import("../article/rows.js"));
      const rows = finishFiguresQuotes(partOf(rec, sentences, candidates), mentions, new Map(actors.map((a) => [a.id, a])));
      const { value, problems } = await events;
      rows.events = value;
      rows.problems.push(...problems);
      return rowsSegments(mentions, rows);
    },
  };
}

const bytes = (s: string | Uint8Array) => (typeof s === "string" ? Buffer.from(s) : s);

/**
 * A finish task for a worker. The records' bytes are copied into buffers of their own, which the
 * message moves: a record read from a pack is a view into the whole pack, which a clone would copy.
 */
function finishTask(rec: Uint8Array[], sentences: Uint8Array, mentions: ResolvedMention[], actors: ActorRow[]): WorkerTask {
  const copies = rec.map((b) => new Uint8Array(b));
  const text = new Uint8Array(sentences);
  return { payload: { type: "finish", rec: copies, sentences: text, mentions, actors }, transfer: [...copies.map((c) => c.buffer), text.buffer] };
}

type WorkerTask = { payload: Payload; transfer?: ArrayBuffer[] };

let loaded: Promise<typeof import("../article.js")> | undefined;
const stages = () => (loaded ??= import("../article.js"));

function inThread(): Executor {
  const load = stages;
  return {
    size: () => {},
    read: async (raw, repeated) => partSegments((await load()).readArticle(raw, new Set(repeated))),
    finish: async (rec, sentences, mentions, actors, candidates) => {
      const { finishArticle } = await load();
      return rowsSegments(mentions, finishArticle(partOf(rec, sentences, candidates), mentions, new Map(actors.map((a) => [a.id, a]))));
    },
    warm: () => {},
    close: async () => {},
  };
}
