import { join } from "node:path";
import { finishArticle, readArticle, type ArticlePart, type ArticleRows } from "./article.js";
import { ownRepeated, repeatedLines } from "./clean/index.js";
import { applyCorrections, readCorrections } from "./corrections/index.js";
import { IngestError, ingestFile, listArticleFiles, readSources, type RawArticle } from "./ingest/index.js";
import { inShard } from "./plan/parts.js";
import { duplicateId, orphanRows } from "./plan/rules.js";
import { resolveCandidateLists } from "./plan/actors.js";
import type { Problem, Tables } from "./types.js";

export { inShard };

export interface ExtractOptions {
  /** The actor registry; defaults to none (the CLI passes data/actors.csv when it exists). */
  registryPath?: string | null;
  /** data/corrections.csv: rows rejected or fixed by the reporter, applied after extraction. */
  correctionsPath?: string | null;
  /** Keep only articles whose id hashes into this shard ("k/n", k from 1). */
  shard?: { k: number; n: number } | null;
}

export interface ExtractResult {
  tables: Tables;
  problems: Problem[];
}

/** What the per-article halves need, computed once on the main thread. */
export interface Plan {
  raws: RawArticle[];
  repeated: Map<string, Set<string>>;
  problems: Problem[];
}

/** Lists, reads and decodes the folder's articles. Never throws for a bad article. */
export function planFolder(dir: string, options: ExtractOptions = {}): Plan {
  const problems: Problem[] = [];
  let files: string[];
  try {
    files = listArticleFiles(dir);
  } catch (e) {
    if (e instanceof IngestError) return { raws: [], repeated: new Map(), problems: [{ file: e.file, message: e.message, level: "error" }] };
    throw e;
  }
  const sources = readSources(dir);
  // sources.csv's own problems belong to no article: the first shard reports them, so merged shards report them once.
  if (!options.shard || options.shard.k === 1) {
    problems.push(...sources.problems, ...orphanRows(dir, files, sources.meta.keys()));
  }
  const raws: RawArticle[] = [];
  const seenIds = new Set<string>();
  // A shard still reads every article: an outlet's repeated lines (site
  // furniture) are counted over the whole corpus, so an article is cleaned the
  // same whichever shard it lands in. Problems are reported by the owning shard.
  const mine = (file: string) => !options.shard || inShard(file.replace(/\.[^.]+$/, ""), options.shard);
  for (const file of files) {
    try {
      const raw = ingestFile(join(dir, file), sources.meta.get(file) ?? null);
      const duplicate = duplicateId(raw.id, seenIds);
      if (duplicate) throw new IngestError(join(dir, file), duplicate);
      raws.push(raw);
    } catch (e) {
      if (!(e instanceof IngestError)) throw e;
      if (mine(file)) problems.push({ file: e.file, message: e.message, level: "error" });
    }
  }
  const plan = planArticles(raws, problems);
  if (!options.shard) return plan;
  return { ...plan, raws: plan.raws.filter((r) => mine(r.file)) };
}

/** The plan for articles already read (tests, benchmarks), in file order as a folder lists them. */
export function planArticles(given: RawArticle[], problems: Problem[] = []): Plan {
  // Resolution is corpus-wide and breaks ties by what it met first, so articles handed over in
  // another order would name an actor differently; a folder's listing is sorted the same way.
  const raws = [...given].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const byOutlet = new Map<string, string[]>();
  for (const r of raws) {
    const key = r.meta?.outlet ?? "";
    let list = byOutlet.get(key);
    if (!list) byOutlet.set(key, (list = []));
    list.push(r.content);
  }
  const repeated = new Map([...byOutlet].map(([k, v]) => [k, repeatedLines(v)]));
  return { raws, repeated, problems };
}

/** Corpus-wide actor resolution, then the mentions grouped by article. */
export function resolveParts(parts: ArticlePart[], registryPath: string | null | undefined, problems: Problem[]) {
  return resolveCandidateLists(parts.map((p) => p.candidates), registryPath, problems);
}

/** Puts the pieces together in file order, then applies the reporter's corrections. */
export function assemble(parts: ArticlePart[], rows: ArticleRows[], resolved: ReturnType<typeof resolveParts>, problems: Problem[], options: ExtractOptions = {}): Tables {
  const tables: Tables = {
    articles: parts.map((p) => p.article),
    actors: resolved.actors,
    mentions: resolved.mentions.map(({ kind: _k, ...m }) => m),
    figures: [], quotes: [], events: [],
    dates: parts.flatMap((p) => p.dates),
  };
  for (const p of parts) problems.push(...p.problems);
  for (const r of rows) {
    tables.figures.push(...r.figures);
    tables.quotes.push(...r.quotes);
    tables.events.push(...r.events);
    problems.push(...r.problems);
  }
  const { corrections, problems: unreadable } = readCorrections(options.correctionsPath);
  problems.push(...unreadable, ...applyCorrections(tables, corrections, options.correctionsPath ?? undefined).problems);
  return tables;
}

/** Runs every stage over one folder of articles, in this thread. Never throws for a bad article. */
export function extractFolder(dir: string, options: ExtractOptions = {}): ExtractResult {
  return extractPlan(planFolder(dir, options), options);
}

/**
 * Runs the stages over a plan in this thread, without a cache: the map, then
 * the reduce. The reference the build (plan/build.ts) is tested against.
 */
export function extractPlan(plan: Plan, options: ExtractOptions = {}): ExtractResult {
  const problems = [...plan.problems];
  return { tables: reduceParts(mapPlan(plan), options, problems), problems };
}

/** The map: each planned article's first half, given its own lines that repeat across its outlet. */
export function mapPlan(plan: Plan): ArticlePart[] {
  return plan.raws.map((raw) => readArticle(raw, new Set(ownRepeated(raw.content, plan.repeated.get(raw.meta?.outlet ?? "") ?? new Set()))));
}

/**
 * The reduce: actor resolution over every part in file order, each article's
 * second half given its mentions, then the seven tables with the reporter's
 * corrections. `dossier merge` runs the same steps over shards' parts
 * (plan/shard.ts reduceShards, the second halves on workers), so the tables
 * are those of one run over the whole folder.
 */
export function reduceParts(parts: ArticlePart[], options: ExtractOptions, problems: Problem[]): Tables {
  const resolved = resolveParts(parts, options.registryPath, problems);
  const rows = parts.map((part) => finishArticle(part, resolved.byArticle.get(part.article.id) ?? [], resolved.actorById));
  return assemble(parts, rows, resolved, problems, options);
}

export function emptyTables(): Tables {
  return { articles: [], actors: [], mentions: [], figures: [], quotes: [], events: [], dates: [] };
}
