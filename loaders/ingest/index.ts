import { createHash } from "node:crypto";
import { readFileSync, readdirSync, statSync, existsSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { parse } from "csv-parse/sync";
import type { Problem } from "../types.js";
import { DecodeError, decodeText, sniffHtmlCharset } from "./decode.js";
import { splitFrontMatter } from "./frontmatter.js";
import { htmlToArticle, NoArticleError } from "./html.js";
import { markdownToText } from "./markdown.js";

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
  /**
   * The decoded article as plain text, line ends "\n": a text file as written, the
   * body of a Markdown file without front matter and markup, the main text of an
   * HTML page (one paragraph per line, blank line between).
   */
  content: string;
  /** sources.csv, gaps filled from the file's own front matter or page metadata. */
  meta: SourceMeta | null;
  /** Non-fatal problems reading the file (one line each). */
  warnings?: string[];
  /** HTML only: lines that were mostly link text, with the share of link characters. */
  linkDensity?: Map<string, number>;
  /** HTML only: lines of the page outside the extracted article (menus, footers), in page order. */
  dropped?: string[];
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

/** Larger than any article; a file this big is a saved archive or a data dump, not a story. */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

/** Reads one article file: raw bytes → sha256 and decoded text. Throws IngestError. */
export function ingestFile(path: string, meta: SourceMeta | null): RawArticle {
  const file = basename(path);
  let bytes: Buffer;
  try {
    const size = statSync(path).size;
    if (size > MAX_FILE_BYTES) throw new IngestError(path, `file is too large (${mb(size)} MB; an article is at most ${mb(MAX_FILE_BYTES)} MB)`);
    bytes = readFileSync(path);
  } catch (e) {
    if (e instanceof IngestError) throw e;
    throw new IngestError(path, `cannot read file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  return ingestBytes(path, bytes, meta);
}

/** ingestFile for bytes already in memory (tests, benchmarks); `path` names the file. */
export function ingestBytes(path: string, bytes: Uint8Array, meta: SourceMeta | null): RawArticle {
  const file = basename(path);
  const ext = extname(file).toLowerCase();
  const format = ext === ".md" ? "md" : ext === ".html" || ext === ".htm" ? "html" : "txt";
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const id = basename(file, extname(file));
  let text: string;
  try {
    text = decodeText(bytes, format === "html" ? sniffHtmlCharset(bytes) : null).text;
  } catch (e) {
    if (e instanceof DecodeError) throw new IngestError(path, e.message);
    throw e;
  }
  if (!text.trim()) throw new IngestError(path, "file is empty");
  const warnings: string[] = [];
  let content = text;
  let found: Partial<Omit<SourceMeta, "file">> = {};
  let linkDensity: Map<string, number> | undefined;
  let dropped: string[] | undefined;
  if (format === "md") {
    const fm = splitFrontMatter(text);
    if (fm.problem) warnings.push(fm.problem);
    found = fm.meta;
    content = markdownToText(fm.body);
    if (!content.trim()) throw new IngestError(path, "no article text (only front matter or Markdown markup)");
  } else if (format === "html") {
    try {
      const page = htmlToArticle(text);
      content = page.text;
      linkDensity = page.linkDensity;
      dropped = page.dropped;
      found = { title: page.title, byline: page.byline, outlet: page.outlet, published: page.published, language: page.language };
    } catch (e) {
      if (e instanceof NoArticleError) throw new IngestError(path, e.message);
      throw new IngestError(path, `cannot parse HTML (${(e as Error).message.split("\n")[0]})`);
    }
  }
  return { id, file, sha256, format, content, meta: mergeMeta(file, meta, found), warnings, ...(linkDensity ? { linkDensity } : {}), ...(dropped ? { dropped } : {}) };
}

/** sources.csv wins; what the file says about itself fills its gaps. */
function mergeMeta(file: string, csv: SourceMeta | null, found: Partial<Omit<SourceMeta, "file">>): SourceMeta | null {
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

function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, "");
}
