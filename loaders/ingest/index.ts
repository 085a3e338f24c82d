import { createHash } from "node:crypto";
import { readFileSync, readdirSync, statSync, existsSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { parse } from "csv-parse/sync";
import type { Problem } from "../types.js";

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

export interface RawArticle {
  id: string;
  file: string;
  sha256: string;
  format: "txt" | "md" | "html";
  /** The decoded article: plain text, Markdown, or the main text of an HTML page. */
  content: string;
  meta: SourceMeta | null;
}

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
  const meta = new Map<string, SourceMeta>();
  const problems: Problem[] = [];
  const path = join(dir, "sources.csv");
  if (!existsSync(path)) return { meta, problems };
  let records: Record<string, string>[];
  try {
    records = parse(readFileSync(path, "utf8"), { columns: true, bom: true, skip_empty_lines: true, relax_column_count: true });
  } catch (e) {
    problems.push({ file: path, level: "error", message: `cannot parse CSV: ${(e as Error).message.split("\n")[0]}` });
    return { meta, problems };
  }
  for (const r of records) {
    if (!r.file) continue;
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

/** Reads one article file: raw bytes → sha256 and decoded text. Throws IngestError. */
export function ingestFile(path: string, meta: SourceMeta | null): RawArticle {
  const file = basename(path);
  const ext = extname(file).toLowerCase();
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new IngestError(path, `cannot read file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
  let content: string;
  try {
    content = decoder.decode(bytes);
  } catch {
    throw new IngestError(path, "not valid UTF-8 text");
  }
  const format = ext === ".md" ? "md" : ext === ".html" || ext === ".htm" ? "html" : "txt";
  return { id: basename(file, extname(file)), file, sha256, format, content, meta };
}
