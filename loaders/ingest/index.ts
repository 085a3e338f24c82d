import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { basename, extname } from "node:path";
import { DecodeError, decodeText, sniffHtmlCharset } from "./decode.js";
import { splitFrontMatter } from "./frontmatter.js";
import { htmlToArticle, NoArticleError } from "./html.js";
import { IngestError, mergeMeta, type FileMeta, type SourceMeta } from "./list.js";
import { markdownToText } from "./markdown.js";

export { ARTICLE_EXTENSIONS, IngestError, listArticleFiles, mergeMeta, readSources, SOURCES_COLUMNS, type FileMeta, type SourceMeta } from "./list.js";

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

/** Larger than any article; a file this big is a saved archive or a data dump, not a story. */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

/** Reads one article file: raw bytes → sha256 and decoded text. Throws IngestError. */
export function ingestFile(path: string, meta: SourceMeta | null): RawArticle {
  return readArticleFile(path, meta).raw;
}

/** ingestFile, also returning the file's own metadata, so a cache can merge it with a later sources.csv. */
export function readArticleFile(path: string, meta: SourceMeta | null): { raw: RawArticle; found: FileMeta } {
  let bytes: Buffer;
  try {
    const size = statSync(path).size;
    if (size > MAX_FILE_BYTES) throw new IngestError(path, `file is too large (${mb(size)} MB; an article is at most ${mb(MAX_FILE_BYTES)} MB)`);
    bytes = readFileSync(path);
  } catch (e) {
    if (e instanceof IngestError) throw e;
    throw new IngestError(path, `cannot read file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  return readArticleBytes(path, bytes, meta);
}

/** ingestFile for bytes already in memory (tests, benchmarks); `path` names the file. */
export function ingestBytes(path: string, bytes: Uint8Array, meta: SourceMeta | null): RawArticle {
  return readArticleBytes(path, bytes, meta).raw;
}

function readArticleBytes(path: string, bytes: Uint8Array, meta: SourceMeta | null): { raw: RawArticle; found: FileMeta } {
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
  let found: FileMeta = {};
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
  const raw: RawArticle = { id, file, sha256, format, content, meta: mergeMeta(file, meta, found), warnings, ...(linkDensity ? { linkDensity } : {}), ...(dropped ? { dropped } : {}) };
  return { raw, found };
}

function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, "");
}
