import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { parseSources, SOURCES_CSV, sourcesMeta, type SourceMeta } from "../ingest/list.js";
import type { Problem } from "../types.js";

// sources.csv grows by appended rows (`dossier add`, a reporter's new line at the
// end). Parsing every row with csv-parse on every rebuild grows with the corpus, so
// the manifest keeps the parsed rows with the text they came from: when the file
// still begins with that text, whole lines, only what follows is parsed (with the
// same header). A prefix that csv-parse read to its end without error closes its
// last quoted field, so the appended text starts a new row. Any other edit parses
// the whole file, as a cold run does.

export interface SourcesState {
  /** Length (UTF-16 units) and sha256 of the text the rows were parsed from. */
  length: number;
  sha256: string;
  columns: string[];
  records: Record<string, string>[];
}

/** As the manifest stores it: each row's cells in column order (10,000 rows: 0.5 MB less than objects to read each run). */
export interface StoredSources extends Omit<SourcesState, "records"> {
  rows: (string | null)[][];
}

export function storeSources(s: SourcesState): StoredSources {
  return { length: s.length, sha256: s.sha256, columns: s.columns, rows: s.records.map((r) => s.columns.map((c) => (Object.hasOwn(r, c) ? r[c]! : null))) };
}

export function loadSources(s: StoredSources | undefined): SourcesState | undefined {
  if (!s || !Array.isArray(s.rows) || !Array.isArray(s.columns)) return undefined;
  const records = s.rows.map((cells) => {
    const r: Record<string, string> = {};
    s.columns.forEach((c, i) => {
      if (cells[i] != null) r[c] = cells[i]!;
    });
    return r;
  });
  return { length: s.length, sha256: s.sha256, columns: s.columns, records };
}

const sha = (text: string) => createHash("sha256").update(text).digest("hex");

/** As readSources, reusing `prior`'s rows when the file only grew; `state` is what to remember for the next run. */
export function readSourcesCached(
  dir: string,
  prior: SourcesState | undefined,
): { meta: Map<string, SourceMeta>; problems: Problem[]; state?: SourcesState; reused: boolean } {
  const path = join(dir, "sources.csv");
  if (!existsSync(path)) return { meta: new Map(), problems: [], reused: false };
  const text = readFileSync(path, "utf8");
  const grown = appended(text, prior);
  const parsed = grown ?? parseSources(path, text);
  if ("problem" in parsed) return { meta: new Map(), problems: [parsed.problem], reused: false };
  const state = { length: text.length, sha256: sha(text), columns: parsed.columns, records: parsed.records };
  return { ...sourcesMeta(path, parsed.records), state, reused: grown != null };
}

function appended(text: string, prior: SourcesState | undefined): { records: Record<string, string>[]; columns: string[] } | null {
  if (!prior || !Array.isArray(prior.records) || !Array.isArray(prior.columns) || typeof prior.length !== "number") return null;
  if (prior.length < 1 || prior.columns.length === 0 || text.length < prior.length || text.charCodeAt(prior.length - 1) !== 10) return null;
  if (new Set(prior.columns).size !== prior.columns.length || sha(text.slice(0, prior.length)) !== prior.sha256) return null;
  const tail = text.slice(prior.length);
  if (!tail) return { records: prior.records, columns: prior.columns };
  try {
    const rows: Record<string, string>[] = parse(tail, { ...SOURCES_CSV, bom: false, columns: prior.columns });
    return { records: [...prior.records, ...rows], columns: prior.columns };
  } catch {
    return null; // the whole file is parsed again, and its problem named as a cold run names it
  }
}
