import { createHash } from "node:crypto";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import type { Candidate } from "../actors/candidate.js";
import type { ArticlePart, ArticleRows } from "../article.js";
import { mapLimit } from "../parallel/pool.js";
import { PackStore } from "../store/pack.js";
import { TABLE_NAMES, type ArticleRow, type DateRow, type Problem, type ResolvedMention, type Sentence, type TableName, type Tables } from "../types.js";
import { decodeRows, encodeRows } from "./columns.js";
import { executor, MIN_PARALLEL, type Executor } from "./executor.js";
import { planCached, type PlannedArticle } from "./manifest.js";
import { resolveCorpus, rowsKey } from "./actors.js";
import { assembleJson, correct, lines, parseRows, ROW_TABLES, type RowsMeta } from "./assemble.js";
import { articleLineKeys } from "../clean/repeated.js";
import { hashLines, HASH_WIDTH, lineHash } from "./linehash.js";

// The extraction behind `dossier extract`, built for the reporter's loop: each
// article's contribution to every table is cached as JSON text, so a rebuild
// after adding one article reads and concatenates bytes instead of parsing and
// re-serialising 10,000 articles' rows. Cold and warm runs take the same path
// (an article extracted now goes through its record like a cached one), so
// their tables are byte-identical by construction; the tests compare them.

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
}

export interface Built {
  /** Each table as the bytes of its JSON file (toJSON's layout), in pieces. */
  json: Record<TableName, Buffer[]>;
  counts: Record<TableName, number>;
  problems: Problem[];
  /** Records found in / missing from the cache (both halves of the per-article work). */
  cache: { hits: number; misses: number };
  /** Articles read (first half) and finished (second half) this run rather than taken from the cache; how actors were resolved. */
  work: { read: number; finish: number; resolution: string };
  /**
   * Milliseconds per phase, for benchmarks: plan, cache (parts read back), extract (waiting for
   * the new articles' first halves), parts, resolve, rows (cached rows looked up), finish
   * (waiting for the new rows), assemble, flush.
   */
  timings: Record<string, number>;
}

/** A part record: [head JSON, article JSON, date rows JSON, candidates (columns.ts)]; sentences in their own record. */
interface Head {
  problems: Problem[];
  dates: number;
}

/** As applyCorrections leaves every row: a `correction` column, null unless corrected. */
const withCorrection = <T extends object>(rows: T[]) => {
  for (const r of rows as { correction?: string | null }[]) r.correction ??= null;
  return rows;
};

/** Runs every stage over a folder with the packed cache under options.cacheDir. Never throws for a bad article. */
export async function buildFolder(dir: string, options: BuildOptions = {}): Promise<Built> {
  const cacheDir = options.cacheDir ?? null;
  const timings: Record<string, number> = {};
  let t0 = performance.now();
  const lap = (phase: string) => {
    const t = performance.now();
    timings[phase] = Math.round(t - t0);
    t0 = t;
  };
  const jobs = Math.max(1, options.jobs ?? availableParallelism());
  const exec = options.executor ?? executor(jobs);
  const plan = await planCached(dir, cacheDir).catch(async (e) => {
    await exec.close();
    throw e;
  });
  lap("plan");
  const store = new PackStore(cacheDir ? join(cacheDir, "packs") : null);
  const items = plan.articles;
  const problems = [...plan.problems];
  try {
    const parts: Buffer[][] = new Array(items.length);
    const heads: Head[] = new Array(items.length);
    const partKey = partKeys(plan.repeated);
    const sets = new Map<string, Set<string>>();
    const repeatedOf = (a: PlannedArticle) => {
      const outlet = a.meta?.outlet ?? "";
      return sets.get(outlet) ?? sets.set(outlet, new Set(plan.repeated.get(outlet))).get(outlet)!;
    };
    // Decoded only when resolution or finishing needs them: the ledger resolves an added article alone.
    const cands: (Candidate[] | undefined)[] = new Array(items.length);
    const candidatesOf = (i: number) => (cands[i] ??= decodeRows<Candidate>(parts[i]![3]!));
    const readPart = (i: number) => {
      const a = items[i]!;
      const lines = store.get(`d:${a.baseKey}`);
      if (!lines) return false;
      try {
        a.partKey = partKey(a, lines[0]!.toString("utf8"));
        const rec = store.get(`p:${a.partKey}`);
        if (!rec) return false;
        heads[i] = JSON.parse(rec[0]!.toString("utf8"));
        parts[i] = rec;
        cands[i] = undefined;
        return true;
      } catch {
        return false;
      }
    };
    // The speculative worker is still loading the stages while the cache is read.
    const missing = items.flatMap((a, i) => (readPart(i) && store.keep(`s:${a.partKey}`) ? [] : [i]));
    lap("cache");
    exec.size(missing.length);
    let done = 0;
    const extracted = new Map<string, Promise<void>>();
    let warmed: ArticlePart | undefined;
    const extract = (a: PlannedArticle) => {
      let p = extracted.get(a.baseKey);
      if (!p) {
        p = (async () => {
          const raw = await plan.raw(a);
          const keys = articleLineKeys(raw.content);
          const part = await exec.read(raw, keys.filter((k) => repeatedOf(a).has(k)));
          // A few new articles: the worker would sit idle through resolution, then compile the second half's
          // code on its first finish. A throwaway finish now moves that off the critical path.
          if (missing.length < MIN_PARALLEL && !warmed) exec.warm((warmed = part));
          const lines = hashLines(keys);
          a.partKey = partKey(a, lines);
          store.set(`d:${a.baseKey}`, [lines]);
          storePart(store, a.partKey, part);
          options.progress?.(++done, missing.length, "read");
        })();
        extracted.set(a.baseKey, p);
      }
      return p;
    };
    const pending = mapLimit(missing, jobs * 4, (i) => extract(items[i]!));
    pending.catch(() => {}); // awaited below; a failure must not surface as unhandled first
    // Resolution reads the countries' names (state bodies' keys); load them while the workers extract.
    if (missing.length) (await import("../actors/orgkey.js")).placeIso();
    await pending;
    lap("extract");
    for (const i of missing) if (!readPart(i)) throw new Error(`cannot read back the part of ${items[i]!.file}`);
    lap("parts");
    const docs = items.map((a) => [a.id, a.partKey] as [string, string]);
    const resolved = resolveCorpus(docs, candidatesOf, options.registryPath, problems, cacheDir, (k) => store.has(`r:${k}`));

    lap("resolve");
    const rows: Buffer[][] = new Array(items.length);
    const metas: RowsMeta[] = new Array(items.length);
    const keys: string[] = new Array(items.length);
    const cachedRows = (ids: Iterable<number>) => {
      const todo: number[] = [];
      for (const i of ids) {
        const a = items[i]!;
        keys[i] = resolved.rowsKeys?.get(a.id) ?? rowsKey(a.partKey, resolved.mentionsOf(a.id), resolved.actorById);
        const rec = store.get(`r:${keys[i]}`);
        try {
          if (rec) [metas[i], rows[i]] = [JSON.parse(rec[0]!.toString("utf8")), rec];
          else todo.push(i);
        } catch {
          todo.push(i);
        }
      }
      return todo;
    };
    let finishing = 0;
    const finishAll = (todo: number[]) => {
      exec.size((finishing += todo.length));
      return mapLimit(todo, jobs * 4, async (i) => {
        const a = items[i]!;
        const mentions = resolved.mentionsOf(a.id);
        const actors = [...new Set(mentions.map((m) => m.actor))].flatMap((id) => resolved.actorById.get(id) ?? []);
        const part = await fullPart(store, a, parts[i]!, heads[i]!, candidatesOf(i), () => extract(a));
        const r = await exec.finish(part, mentions, actors);
        const rec = rowsRecord(mentions, r);
        store.set(`r:${keys[i]}`, rec);
        [metas[i], rows[i]] = [JSON.parse(rec[0]!), store.get(`r:${keys[i]}`)!];
        options.progress?.(++done, finishing, "finish");
      });
    };
    done = 0;
    // The articles extracted this run are finished first, on the workers, while this thread looks up everyone else's rows.
    const fresh = new Set(missing);
    const first = finishAll(cachedRows(missing));
    first.catch(() => {}); // awaited below
    const rest = cachedRows([...items.keys()].filter((i) => !fresh.has(i)));
    lap("rows");
    await first;
    await finishAll(rest);
    lap("finish");
    for (const h of heads) problems.push(...h.problems);
    for (const m of metas) problems.push(...m.problems);
    const corrected = correct(items, rows, metas, options.correctionsPath, problems);
    const built = assembleJson(items, parts, heads, rows, metas, resolved, corrected);
    lap("assemble");
    const at = new Map(items.map((a, i) => [a.id, i]));
    resolved.save((id) => keys[at.get(id)!]!);
    store.flush();
    lap("flush");
    return { ...built, problems, cache: { hits: store.hits, misses: store.misses }, work: { read: extracted.size, finish: finishing, resolution: resolved.how }, timings };
  } finally {
    store.close();
    await exec.close();
  }
}

/**
 * An article's part key: its base key and which of its own lines repeat across
 * its outlet (all its first half is given of the outlet's repeated lines), read
 * from the hashes of its line keys (a `d:` record): adding an article that makes
 * a line repeated re-extracts the articles holding that line, not the outlet's others.
 */
function partKeys(repeated: Map<string, string[]>): (a: PlannedArticle, lines: string) => string {
  const hashed = new Map<string, Set<string>>();
  return (a, lines) => {
    const outlet = a.meta?.outlet ?? "";
    let set = hashed.get(outlet);
    if (!set) hashed.set(outlet, (set = new Set((repeated.get(outlet) ?? []).map(lineHash))));
    const hits: string[] = [];
    for (let at = 0; at + HASH_WIDTH <= lines.length; at += HASH_WIDTH) {
      const h = lines.slice(at, at + HASH_WIDTH);
      if (set.has(h)) hits.push(h);
    }
    // One string hashed, not hashOf's JSON: 10,000 part keys per rebuild.
    return createHash("sha256").update(`part\u0000${a.baseKey}\u0000${hits.sort().join("")}`).digest("hex").slice(0, 32);
  };
}

function storePart(store: PackStore, key: string, part: ArticlePart): void {
  const head: Omit<Head, "candidates"> = { problems: part.problems, dates: part.dates.length };
  store.set(`p:${key}`, [JSON.stringify(head), JSON.stringify(part.article), lines(part.dates), encodeRows(part.candidates)]);
  store.set(`s:${key}`, [JSON.stringify(part.doc.sentences)]);
}

/** The part as readArticle returned it, rebuilt from its records (the doc is the article's text and date plus the sentences). */
async function fullPart(store: PackStore, a: PlannedArticle, rec: Buffer[], head: Head, candidates: Candidate[], extract: () => Promise<void>): Promise<ArticlePart> {
  let sentences = store.get(`s:${a.partKey}`);
  let part = rec;
  if (!sentences) {
    await extract();
    [sentences, part] = [store.get(`s:${a.partKey}`), store.get(`p:${a.partKey}`)!];
    [head, candidates] = [JSON.parse(part[0]!.toString("utf8")), decodeRows<Candidate>(part[3]!)];
  }
  const article = JSON.parse(part[1]!.toString("utf8")) as ArticleRow;
  const doc = { id: article.id, text: article.text, published: article.published, sentences: JSON.parse(sentences![0]!.toString("utf8")) as Sentence[] };
  return { article, doc, dates: parseRows<DateRow>(part[2]!), candidates, problems: head.problems };
}

function rowsRecord(mentions: ResolvedMention[], r: ArticleRows): string[] {
  const meta: RowsMeta = {
    problems: r.problems,
    counts: [mentions.length, r.figures.length, r.quotes.length, r.events.length],
    ids: ROW_TABLES.flatMap((t) => r[t].map((row) => row.id)),
  };
  const mentionRows = mentions.map(({ kind: _k, ...m }) => m);
  return [JSON.stringify(meta), lines(mentionRows), ...ROW_TABLES.map((t) => lines(withCorrection<object>(r[t])))];
}

/** The tables as objects (JSON.parse of the bytes that would be written). */
export function tablesOf(built: Built): Tables {
  return Object.fromEntries(TABLE_NAMES.map((t) => [t, JSON.parse(Buffer.concat(built.json[t]).toString("utf8"))])) as Tables;
}
