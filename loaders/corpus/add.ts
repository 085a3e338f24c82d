import { createHash } from "node:crypto";
import { appendFileSync, copyFileSync, existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { IngestError, ingestBytes, listArticleFiles, SOURCES_COLUMNS, type SourceMeta } from "../ingest/index.js";
import { csvRow } from "./csv.js";
import { publishedProblem } from "./dates.js";
import { articleSlug } from "./slug.js";
import { containment, NEAR_DUPLICATE, shingles } from "./similar.js";

export interface AddMeta {
  outlet?: string | undefined;
  published?: string | undefined;
  url?: string | undefined;
  title?: string | undefined;
  byline?: string | undefined;
  language?: string | undefined;
}

export type AddOutcome =
  | { ok: true; source: string; file: string; row: string }
  | { ok: false; source: string; reason: string };

/** What the corpus already holds, read once per `add` run. */
export interface CorpusIndex {
  dir: string;
  stems: Set<string>;
  sha: Map<string, string>;
  shingles: Map<string, Set<number>>;
}

export function indexCorpus(dir: string): CorpusIndex {
  const index: CorpusIndex = { dir, stems: new Set(), sha: new Map(), shingles: new Map() };
  for (const file of existsSync(dir) ? listArticleFiles(dir) : []) {
    const bytes = readFileSync(join(dir, file));
    index.stems.add(basename(file, extname(file)));
    index.sha.set(createHash("sha256").update(bytes).digest("hex"), file);
    try {
      index.shingles.set(file, shingles(ingestBytes(file, bytes, null).content));
    } catch {
      // An unreadable article already in the corpus is `dossier check`'s business.
    }
  }
  return index;
}

/**
 * Adds one article file to the corpus: refuses an unreadable file, a bad date,
 * an exact duplicate (same sha256) or a near-duplicate (the same story
 * republished), else copies it under a readable unique name and appends its
 * sources.csv row. With dryRun nothing is written.
 */
export function addArticle(index: CorpusIndex, path: string, meta: AddMeta, dryRun = false): AddOutcome {
  const source = path;
  const ext = extname(path).toLowerCase();
  if (![".txt", ".md", ".html", ".htm"].includes(ext)) return { ok: false, source, reason: `not an article file (${ext || "no extension"}; use .txt, .md or .html)` };
  if (meta.published) {
    const p = publishedProblem(meta.published);
    if (p) return { ok: false, source, reason: `--published ${p}` };
  }
  let bytes: Buffer;
  try {
    if (!statSync(path).isFile()) return { ok: false, source, reason: "not a file" };
    bytes = readFileSync(path);
  } catch (e) {
    return { ok: false, source, reason: `cannot read file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  }
  const sha = createHash("sha256").update(bytes).digest("hex");
  const same = index.sha.get(sha);
  if (same) return { ok: false, source, reason: `exact duplicate of ${same} (same sha256)` };
  let raw;
  try {
    raw = ingestBytes(path, bytes, null);
  } catch (e) {
    if (e instanceof IngestError) return { ok: false, source, reason: e.message };
    throw e;
  }
  const mine = shingles(raw.content);
  let best: [string, number] | null = null;
  for (const [file, theirs] of index.shingles) {
    const c = containment(mine, theirs);
    if (!best || c > best[1]) best = [file, c];
  }
  if (best && best[1] >= NEAR_DUPLICATE) return { ok: false, source, reason: `near-duplicate of ${best[0]} (${Math.round(best[1] * 100)}% of its 5-word phrases shared)` };

  const title = meta.title ?? raw.meta?.title ?? null;
  const stem = articleSlug(title ?? basename(path, extname(path)), index.stems, meta.published ?? raw.meta?.published);
  const file = `${stem}${ext === ".htm" ? ".html" : ext}`;
  const row: SourceMeta = {
    file,
    title: meta.title ?? null,
    outlet: meta.outlet ?? null,
    url: meta.url ?? null,
    published: meta.published ?? null,
    byline: meta.byline ?? null,
    language: meta.language ?? "en",
  };
  const line = csvRow(SOURCES_COLUMNS.map((c) => row[c]));
  if (!dryRun) {
    copyFileSync(path, join(index.dir, file));
    const sources = join(index.dir, "sources.csv");
    if (!existsSync(sources)) writeFileSync(sources, `${SOURCES_COLUMNS.join(",")}\n`);
    const text = readFileSync(sources, "utf8");
    appendFileSync(sources, `${text.length && !text.endsWith("\n") ? "\n" : ""}${line}\n`);
  }
  index.stems.add(stem);
  index.sha.set(sha, file);
  index.shingles.set(file, mine);
  return { ok: true, source, file, row: line };
}
