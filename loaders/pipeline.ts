import { join } from "node:path";
import { extractActors } from "./actors/index.js";
import { cleanArticle, repeatedLines } from "./clean/index.js";
import { extractDates } from "./dates/index.js";
import { extractEvents } from "./events/index.js";
import { extractFigures } from "./figures/index.js";
import { IngestError, ingestFile, listArticleFiles, readSources, type RawArticle } from "./ingest/index.js";
import { extractQuotes } from "./quotes/index.js";
import { splitSentences } from "./text/sentences.js";
import { countWords } from "./text/words.js";
import type { ArticleRow, Doc, Problem, ResolvedMention, Tables } from "./types.js";

export interface ExtractOptions {
  /** The actor registry; defaults to none (the CLI passes data/actors.csv when it exists). */
  registryPath?: string | null;
}

export interface ExtractResult {
  tables: Tables;
  problems: Problem[];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Runs every stage over one folder of articles. Never throws for a bad article. */
export function extractFolder(dir: string, options: ExtractOptions = {}): ExtractResult {
  const problems: Problem[] = [];
  let files: string[];
  try {
    files = listArticleFiles(dir);
  } catch (e) {
    if (e instanceof IngestError) return { tables: emptyTables(), problems: [{ file: e.file, message: e.message, level: "error" }] };
    throw e;
  }
  const sources = readSources(dir);
  problems.push(...sources.problems);
  const raws: RawArticle[] = [];
  const seenIds = new Set<string>();
  for (const file of files) {
    try {
      const raw = ingestFile(join(dir, file), sources.meta.get(file) ?? null);
      if (seenIds.has(raw.id)) throw new IngestError(join(dir, file), `article id "${raw.id}" is already used by another file`);
      seenIds.add(raw.id);
      raws.push(raw);
    } catch (e) {
      if (!(e instanceof IngestError)) throw e;
      problems.push({ file: e.file, message: e.message, level: "error" });
    }
  }
  for (const file of sources.meta.keys())
    if (!files.includes(file)) problems.push({ file: join(dir, "sources.csv"), level: "warning", message: `row for "${file}" names no article file` });
  return { tables: extractArticles(raws, options, problems), problems };
}

/** Runs the stages over articles already read. */
export function extractArticles(raws: RawArticle[], options: ExtractOptions = {}, problems: Problem[] = []): Tables {
  const byOutlet = new Map<string, string[]>();
  for (const r of raws) {
    const key = r.meta?.outlet ?? "";
    byOutlet.set(key, [...(byOutlet.get(key) ?? []), r.content]);
  }
  const repeatedByOutlet = new Map([...byOutlet].map(([k, v]) => [k, repeatedLines(v)]));

  const articles: ArticleRow[] = [];
  const docs: Doc[] = [];
  for (const raw of raws) {
    const clean = cleanArticle(raw, { repeated: repeatedByOutlet.get(raw.meta?.outlet ?? "") });
    let published = raw.meta?.published ?? null;
    if (published && !DATE.test(published)) {
      problems.push({ file: raw.file, level: "warning", message: `published "${published}" is not YYYY-MM-DD; left null` });
      published = null;
    }
    if (!published) problems.push({ file: raw.file, level: "warning", message: "no publication date; relative dates are left unresolved" });
    articles.push({
      id: raw.id,
      file: raw.file,
      sha256: raw.sha256,
      title: clean.title,
      outlet: raw.meta?.outlet ?? null,
      url: raw.meta?.url ?? null,
      published,
      byline: clean.byline,
      language: raw.meta?.language ?? null,
      text: clean.text,
      words: countWords(clean.text),
      boilerplate: clean.boilerplate,
    });
    docs.push({ id: raw.id, text: clean.text, published, sentences: splitSentences(clean.text) });
  }

  const { actors, mentions } = extractActors(docs, { registryPath: options.registryPath ?? null, problems });
  const actorById = new Map(actors.map((a) => [a.id, a]));
  const mentionsByArticle = new Map<string, ResolvedMention[]>();
  for (const m of mentions) mentionsByArticle.set(m.article, [...(mentionsByArticle.get(m.article) ?? []), m]);

  const tables: Tables = { articles, actors, mentions: mentions.map(stripKind), figures: [], quotes: [], events: [], dates: [] };
  for (const doc of docs) {
    const ms = mentionsByArticle.get(doc.id) ?? [];
    try {
      const dates = extractDates(doc);
      tables.dates.push(...dates);
      tables.figures.push(...extractFigures(doc, ms, actorById));
      tables.quotes.push(...extractQuotes(doc, ms, actorById));
      tables.events.push(...extractEvents(doc, ms, actorById, dates));
    } catch (e) {
      // A bug in a stage must not lose the other articles' rows.
      problems.push({ file: doc.id, level: "error", message: `extraction failed: ${(e as Error).message}` });
    }
  }
  return tables;
}

function stripKind({ kind: _k, ...m }: ResolvedMention) {
  return m;
}

export function emptyTables(): Tables {
  return { articles: [], actors: [], mentions: [], figures: [], quotes: [], events: [], dates: [] };
}
