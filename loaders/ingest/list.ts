import { readFileSync, readdirSync, statSync, existsSync } from "node:fs";
import { extname, join } from "node:path";
import { parse } from "csv-parse/sync";
import type { Problem } from "../types.js";

// Listing a folder and reading its sources.csv: all a warm rebuild needs from
// ingest, without the decoders and Markdown/HTML parsers (re-exported by index.ts).

export const ARTICLE_EXTENSIONS = [".txt", ".md", ".html", ".htm"];
export const SOURCES_COLUMNS = ["file", "title", "outlet", "url", "published", "byline", "language"] as const;

export interface SourceMeta {
  file: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  published: string | null;
  byline: string | null;
  language: string | null;
}

/** What a file says about itself (front matter, page metadata): sources.csv cells win over it. */
export type FileMeta = Partial<Omit<SourceMeta, "file">>;

/** An input that could not be read; `message` names what is wrong, `file` which file. */
export class IngestError extends Error {
  constructor(readonly file: string, message: string) {
    super(message);
  }
}

/** Article files of a folder, sorted by name so that output order never depends on the disk. */
export function listArticleFiles(dir: string): string[] {
  if (!existsSync(dir)) throw new IngestError(dir, "input folder does not exist");
  if (!statSync(dir).isDirectory()) throw new IngestError(dir, "input is not a folder");
  return readdirSync(dir)
    .filter((f) => ARTICLE_EXTENSIONS.includes(extname(f).toLowerCase()))
    .sort();
}

/** Reads `sources.csv` of a folder; a missing file is allowed, a malformed one is a problem. */
export function readSources(dir: string): { meta: Map<string, SourceMeta>; problems: Problem[] } {
  const path = join(dir, "sources.csv");
  if (!existsSync(path)) return { meta: new Map(), problems: [] };
  const parsed = parseSources(path, readFileSync(path, "utf8"));
  return "problem" in parsed ? { meta: new Map(), problems: [parsed.problem] } : sourcesMeta(path, parsed.records);
}

/** The options every reading of sources.csv uses. */
export const SOURCES_CSV = { bom: true, skip_empty_lines: true, relax_column_count: true } as const;

/** sources.csv's rows by column name, and the header's names, or the one problem that stops it being read. */
export function parseSources(path: string, text: string): { records: Record<string, string>[]; columns: string[] } | { problem: Problem } {
  try {
    let columns: string[] = [];
    // The header's cells as column names, as `columns: true` takes them.
    const records: Record<string, string>[] = parse(text, { ...SOURCES_CSV, columns: (header: string[]) => (columns = header) });
    return { records, columns };
  } catch (e) {
    return { problem: { file: path, level: "error", message: `cannot parse CSV: ${(e as Error).message.split("\n")[0]}` } };
  }
}

/** Each file's row (the first, when a file has two), with a warning for every later one. */
export function sourcesMeta(path: string, records: readonly Record<string, string>[]): { meta: Map<string, SourceMeta>; problems: Problem[] } {
  const meta = new Map<string, SourceMeta>();
  const problems: Problem[] = [];
  for (const [i, r] of records.entries()) {
    if (!r.file) continue;
    if (meta.has(r.file)) {
      // Two rows for one file would otherwise let the later one win silently.
      problems.push({ file: path, level: "warning", message: `row ${i + 1}: a second row for "${r.file}"; the first one is kept` });
      continue;
    }
    const cell = (k: string) => (r[k]?.trim() ? r[k]!.trim() : null);
    meta.set(r.file, {
      file: r.file,
      title: cell("title"),
      outlet: cell("outlet"),
      url: cell("url"),
      published: cell("published"),
      byline: cell("byline"),
      language: cell("language"),
    });
  }
  return { meta, problems };
}

/** sources.csv wins; what the file says about itself fills its gaps. */
export function mergeMeta(file: string, csv: SourceMeta | null, found: FileMeta): SourceMeta | null {
  if (!Object.values(found).some(Boolean)) return csv;
  const pick = (k: keyof Omit<SourceMeta, "file">) => csv?.[k] ?? found[k] ?? null;
  return {
    file: csv?.file ?? file,
    title: pick("title"),
    outlet: pick("outlet"),
    url: pick("url"),
    published: pick("published"),
    byline: pick("byline"),
    language: pick("language"),
  };
}
