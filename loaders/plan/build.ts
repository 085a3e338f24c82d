import { availableParallelism } from "node:os";
import { join } from "node:path";
import type { Candidate } from "../actors/candidate.js";
import type { ArticlePart } from "../article.js";
import { mapLimit } from "../parallel/pool.js";
import { PackStore } from "../store/pack.js";
import { TABLE_NAMES, type Problem, type TableName, type Tables } from "../types.js";
import { decodeCandidates } from "../store/columns.js";
import { executor, MIN_PARALLEL, type Executor } from "./executor.js";
import { planFolder, type CachedPlan, type PlannedArticle } from "./folder.js";
import { publishedYear } from "../actors/merge.js";
import { resolution, type CorpusResolution } from "./actors.js";
import { assembleJson, correct } from "./assemble.js";
import { lineKeysOf } from "../clean/repeated.js";
import { hashLines, lineHash } from "./linehash.js";
import { fullPart, partKeys, partRecords, storePart } from "./records.js";
import type { Head, RowsMeta } from "../store/segments.js";

// Each article's contribution to every table is cached as JSON text, so a
// rebuild after adding one article concatenates bytes instead of parsing and
// re-serialising 10,000 articles' rows. An article extracted now goes through
// its record like a cached one, so cold and warm tables are byte-identical by
// construction; the tests compare them.

export interface BuildOptions {
  registryPath?: string | null;
  correctionsPath?: string | null;
  cacheDir?: string | null;
  /** Worker threads; default: the machine's cores. 1 runs in this thread. */
  jobs?: number;
  /** Called as articles are extracted: (done, total, phase). */
  progress?: (done: number, total: number, phase: "read" | "finish") => void;
  /** Workers already started (the CLI starts them before loading this module); closed by buildFolder. */
  executor?: Executor;
  /** Records already made (`dossier merge`: the shards' parts); default: the store under cacheDir, or none. */
  store?: PackStore;
}

export interface Built {
  /** Each table as the bytes of its JSON file (toJSON's layout), in pieces. */
  json: Record<TableName, Buffer[]>;
  counts: Record<TableName, number>;
  problems: Problem[];
  /** Records found in / missing from the cache (both halves of the per-article work). */
  cache: { hits: number; misses: number };
  /** Articles read (first half) and finished (second half) this run rather than taken from the cache. */
  work: { read: number; finish: number };
  /** Milliseconds per phase (DOSSIER_TIMINGS): plan, cache, resolve (with the map of the new parts), rows (cached rows looked up), finish, assemble, flush. */
  timings: Record<string, number>;
}

/** Runs every stage over a folder with the packed cache under options.cacheDir. Never throws for a bad article. */
export async function buildFolder(dir: string, options: BuildOptions = {}): Promise<Built> {
  const jobs = Math.max(1, options.jobs ?? availableParallelism());
  const exec = options.executor ?? executor(jobs);
  const t0 = performance.now();
  // The plan's records in a store of their own: a rebuild reads them before the articles' (and without them, when measured).
  const records = storeOf(options.cacheDir, "plan");
  const store = options.store ?? storeOf(options.cacheDir, "packs");
  const plan = await planFolder(dir, records, undefined, (k) => store.get(`d:${k}`, false)?.[0]?.toString("utf8"))
    .finally(() => records.flush())
    .catch(async (e) => {
      store.close();
      await exec.close();
      throw e;
    });
  const planned = Math.round(performance.now() - t0);
  const built = await buildPlan(plan, { ...options, executor: exec, store });
  return { ...built, timings: { plan: planned, ...built.timings } };
}

/**
 * The one executor: the map (each article's first half, cached by its part key), the reduce (actor
 * resolution, each article's second half, cached by its rows key, then the tables). The library,
 * `dossier extract` and `dossier merge` (a plan whose parts are already in the store) all run it.
 */
export async function buildPlan(plan: CachedPlan, options: BuildOptions = {}): Promise<Built> {
  const lap = laps();
  const jobs = Math.max(1, options.jobs ?? availableParallelism());
  const build = new Build(plan, options.executor ?? executor(jobs), jobs, options);
  try {
    // The speculative worker is still loading the stages while the cache is read.
    const missing = build.readCache();
    lap.lap("cache");
    const mapped = build.map(missing);
    mapped.catch(() => {}); // awaited below
    const resolved = await build.resolve(missing);
    await mapped;
    lap.lap("resolve");
    await build.finish(resolved, missing, lap);
    lap.lap("finish");
    const built = build.assemble(resolved);
    lap.lap("assemble");
    build.save();
    lap.lap("flush");
    return { ...built, timings: lap.timings };
  } finally {
    await build.close();
  }
}

const storeOf = (cacheDir: string | null | undefined, sub: string) => new PackStore(cacheDir ? join(cacheDir, sub) : null);

/** The map alone (`dossier extract --shard k/n`): every planned article's part, in plan order, for a reduce elsewhere. */
export async function mapPlan(plan: CachedPlan, options: BuildOptions = {}): Promise<ArticlePart[]> {
  const jobs = Math.max(1, options.jobs ?? availableParallelism());
  const build = new Build(plan, executor(jobs), jobs, options);
  try {
    const missing = build.readCache();
    await build.map(missing);
    build.readBack(missing);
    return await build.articleParts();
  } finally {
    await build.close();
  }
}

/** Milliseconds per phase, for benchmarks (DOSSIER_TIMINGS). */
type Laps = { timings: Record<string, number>; lap(phase: string): void };
function laps(): Laps {
  let t0 = performance.now();
  const timings: Record<string, number> = {};
  return { timings, lap: (phase) => void ((timings[phase] = Math.round(performance.now() - t0)), (t0 = performance.now())) };
}

/** One build's state: each article's cached records, read or made, by its index in the plan. */
class Build {
  private readonly store: PackStore;
  private readonly items: PlannedArticle[];
  private readonly problems: Problem[];
  private readonly partKey: ReturnType<typeof partKeys>;
  private readonly parts: Buffer[][];
  private readonly heads: Head[];
  private readonly rows: Buffer[][];
  private readonly metas: RowsMeta[];
  private readonly keys: string[];
  private readonly sets = new Map<string, Set<string>>();
  private readonly extracted = new Map<string, Promise<void>>();
  private warmed = false;
  /** Articles to extract this run, and how many are done (for the progress line). */
  private todo = 0;
  private done = 0;
  private finishing = 0;

  constructor(private readonly plan: CachedPlan, private readonly exec: Executor, private readonly jobs: number, private readonly options: BuildOptions) {
    this.store = options.store ?? storeOf(options.cacheDir, "packs");
    this.items = plan.articles;
    this.problems = [...plan.problems];
    this.partKey = partKeys(plan.repeated);
    const n = this.items.length;
    [this.parts, this.heads, this.rows, this.metas, this.keys] = [new Array(n), new Array(n), new Array(n), new Array(n), new Array(n)];
  }

  /** Reads every article's part from the cache; returns the indexes of those missing. */
  readCache(): number[] {
    return this.items.flatMap((a, i) => (this.readPart(i) && this.store.keep(`s:${a.partKey}`) ? [] : [i]));
  }

  /** The map of the missing articles, on the workers. */
  async map(missing: number[]): Promise<void> {
    this.exec.size(missing.length);
    this.todo = missing.length;
    const pending = mapLimit(missing, this.jobs * 4, (i) => this.extract(this.items[i]!));
    pending.catch(() => {}); // awaited below; a failure must not surface as unhandled first
    await pending;
  }

  readBack(missing: number[]): void {
    for (const i of missing) if (!this.readPart(i)) throw new Error(`cannot read back the part of ${this.items[i]!.file}`);
  }

  /**
   * Every article's candidates resolved in order, each as soon as its part is there: the cached ones while
   * the workers extract the others, a new one when its part is back.
   */
  async resolve(missing: number[]): Promise<CorpusResolution> {
    const years = new Map(this.items.map((a) => [a.id, publishedYear(a.meta?.published)]));
    const run = resolution((i) => this.candidatesOf(i), this.options.registryPath, (id) => years.get(id) ?? null, this.problems);
    const fresh = new Set(missing);
    for (let i = 0; i < this.items.length; i++) {
      if (fresh.has(i)) await this.extract(this.items[i]!).then(() => this.readBack([i]));
      run.add(i);
      // The workers' answers come in between, so that they are given the next article without waiting.
      if (i % 500 === 499) await new Promise(setImmediate);
    }
    return run.end();
  }

  /** Every article's rows: the ones extracted this run first, on the workers, while this thread looks up everyone else's. */
  async finish(resolved: CorpusResolution, missing: number[], laps: Laps): Promise<void> {
    this.done = 0;
    const fresh = new Set(missing);
    const first = this.finishAll(resolved, this.cachedRows(resolved, missing));
    first.catch(() => {}); // awaited below
    const rest = this.cachedRows(resolved, [...this.items.keys()].filter((i) => !fresh.has(i)));
    laps.lap("rows");
    await first;
    await this.finishAll(resolved, rest);
  }

  assemble(resolved: CorpusResolution): Omit<Built, "timings"> {
    const { items, heads, metas, rows, problems } = this;
    for (const h of heads) problems.push(...h.problems);
    for (const m of metas) problems.push(...m.problems);
    const corrected = correct(items, rows, metas, this.options.correctionsPath, problems);
    const built = assembleJson(items, this.parts, heads, rows, metas, resolved, corrected);
    const work = { read: this.extracted.size, finish: this.finishing };
    return { ...built, problems, cache: { hits: this.store.hits, misses: this.store.misses }, work };
  }

  /** The new records. */
  save(): void {
    this.store.flush();
  }

  async close(): Promise<void> {
    this.store.close();
    await this.exec.close();
  }

  /** Every article's part as the map made it, rebuilt from its records. */
  articleParts(): Promise<ArticlePart[]> {
    return Promise.all(this.items.map((a, i) => fullPart(this.store, a, this.parts[i]!, this.candidatesOf(i), () => this.extract(a))));
  }

  /** Decoded each time asked: resolution reads them once, and kept they would outlive many collections. */
  private candidatesOf(i: number): Candidate[] {
    return decodeCandidates(this.parts[i]![3]!);
  }

  private repeatedOf(a: PlannedArticle): Set<string> {
    const outlet = a.meta?.outlet ?? "";
    return this.sets.get(outlet) ?? this.sets.set(outlet, new Set(this.plan.repeated.get(outlet))).get(outlet)!;
  }

  private readPart(i: number): boolean {
    const a = this.items[i]!;
    const lines = this.store.get(`d:${a.baseKey}`);
    if (!lines) return false;
    try {
      a.partKey = this.partKey(a, lines[0]!.toString("utf8"));
      const rec = this.store.get(`p:${a.partKey}`);
      if (!rec) return false;
      this.heads[i] = JSON.parse(rec[0]!.toString("utf8"));
      this.parts[i] = rec;
      return true;
    } catch {
      return false;
    }
  }

  /** One article's first half, once per build however often it is asked for. */
  private extract(a: PlannedArticle): Promise<void> {
    let p = this.extracted.get(a.baseKey);
    if (!p) {
      p = (async () => {
        const raw = await this.plan.raw(a);
        const keys = lineKeysOf(raw);
        const part = await this.exec.read(raw, keys.filter((k) => this.repeatedOf(a).has(lineHash(k))));
        // A few new articles: the worker would sit idle through resolution, then compile the second half's
        // code on its first finish. A throwaway finish now moves that off the critical path.
        if (this.todo < MIN_PARALLEL && !this.warmed) {
          this.exec.warm(part);
          this.warmed = true;
        }
        const lines = hashLines(keys);
        a.partKey = this.partKey(a, lines);
        this.store.set(`d:${a.baseKey}`, [lines]);
        storePart(this.store, a.partKey, part);
        this.options.progress?.(++this.done, this.todo, "read");
      })();
      this.extracted.set(a.baseKey, p);
    }
    return p;
  }

  /** Looks up the rows of these articles; returns those not cached. */
  private cachedRows(resolved: CorpusResolution, ids: Iterable<number>): number[] {
    const todo: number[] = [];
    for (const i of ids) {
      const a = this.items[i]!;
      this.keys[i] = resolved.rowsKeyOf(a.id, a.partKey);
      const rec = this.store.get(`r:${this.keys[i]}`);
      try {
        if (rec) [this.metas[i], this.rows[i]] = [JSON.parse(rec[0]!.toString("utf8")), rec];
        else todo.push(i);
      } catch {
        todo.push(i);
      }
    }
    return todo;
  }

  /** The second half of these articles, on the workers. */
  private finishAll(resolved: CorpusResolution, todo: number[]): Promise<void[]> {
    this.exec.size((this.finishing += todo.length));
    return mapLimit(todo, this.jobs * 4, async (i) => {
      const a = this.items[i]!;
      const mentions = resolved.mentionsOf(a.id);
      const actors = [...new Set(mentions.map((m) => m.actor))].flatMap((id) => resolved.actorById.get(id) ?? []);
      const { rec: part, sentences, fresh } = await partRecords(this.store, a, this.parts[i]!, () => this.extract(a));
      const rec = await this.exec.finish(part, sentences, mentions, actors, fresh ? undefined : this.candidatesOf(i));
      this.store.set(`r:${this.keys[i]}`, rec);
      [this.metas[i], this.rows[i]] = [JSON.parse(rec[0]!), this.store.get(`r:${this.keys[i]}`)!];
      this.options.progress?.(++this.done, this.finishing, "finish");
    });
  }
}

/** The tables as objects (JSON.parse of the bytes that would be written). */
export function tablesOf(built: Built): Tables {
  return Object.fromEntries(TABLE_NAMES.map((t) => [t, JSON.parse(Buffer.concat(built.json[t]).toString("utf8"))])) as Tables;
}
