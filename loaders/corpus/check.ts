import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { readRegistry } from "../actors/registry.js";
import { applyCorrections, readCorrections } from "../corrections/index.js";
import { IngestError, ingestFile, listArticleFiles, SOURCES_COLUMNS } from "../ingest/index.js";
import { buildFolder, tablesOf } from "../plan/build.js";
import type { Problem } from "../types.js";
import { publishedProblem } from "./dates.js";

export interface CheckPaths {
  corpus: string;
  registry?: string | null;
  corrections?: string | null;
  cacheDir?: string | null;
}

/** Every problem of the corpus folder, sources.csv and the two registries, each naming file and line. */
export async function checkCorpus(paths: CheckPaths): Promise<Problem[]> {
  const problems: Problem[] = [];
  const err = (file: string, message: string) => problems.push({ file, level: "error", message });
  const warn = (file: string, message: string) => problems.push({ file, level: "warning", message });
  let files: string[];
  try {
    files = listArticleFiles(paths.corpus);
  } catch (e) {
    err(paths.corpus, (e as Error).message);
    return problems;
  }
  for (const f of files) {
    try {
      ingestFile(join(paths.corpus, f), null);
    } catch (e) {
      if (e instanceof IngestError) err(e.file, e.message);
      else throw e;
    }
  }
  checkSources(join(paths.corpus, "sources.csv"), new Set(files), err, warn);
  if (paths.registry && existsSync(paths.registry)) problems.push(...readRegistry(paths.registry).problems);
  if (paths.corrections && existsSync(paths.corrections)) {
    const { corrections, problems: bad } = readCorrections(paths.corrections);
    problems.push(...bad);
    if (corrections.length) {
      // Whether each id still exists needs the tables; the cache makes this cheap after a build.
      const built = await buildFolder(paths.corpus, { registryPath: paths.registry ?? null, cacheDir: paths.cacheDir ?? null });
      problems.push(...applyCorrections(tablesOf(built), corrections, paths.corrections).problems);
    }
  }
  return problems;
}

function checkSources(path: string, files: Set<string>, err: (f: string, m: string) => void, warn: (f: string, m: string) => void): void {
  if (!existsSync(path)) {
    if (files.size) warn(path, "missing: titles, outlets and dates are unknown for every article");
    return;
  }
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(readFileSync(path, "utf8"), { bom: true, info: true, relax_column_count: true, skip_empty_lines: true }) as never;
  } catch (e) {
    err(path, `cannot parse CSV: ${(e as Error).message.split("\n")[0]}`);
    return;
  }
  const header = records.shift();
  if (!header) return warn(path, "empty");
  const cols = header.record.map((c) => c.trim());
  for (const c of SOURCES_COLUMNS) if (!cols.includes(c)) (c === "file" ? err : warn)(path, `line 1: missing column "${c}"`);
  for (const c of cols) if (!(SOURCES_COLUMNS as readonly string[]).includes(c)) warn(path, `line 1: unknown column "${c}" (ignored)`);
  if (!cols.includes("file")) return;
  const seen = new Map<string, number>();
  for (const { record, info } of records) {
    const line = info.lines;
    const at = (m: string) => `line ${line}: ${m}`;
    const get = (c: string) => (record[cols.indexOf(c)] ?? "").trim();
    if (record.length !== cols.length) warn(path, at(`${record.length} cells for ${cols.length} columns`));
    const file = get("file");
    if (!file) {
      err(path, at("no file name"));
      continue;
    }
    if (seen.has(file)) err(path, at(`"${file}" is listed again (first on line ${seen.get(file)})`));
    else seen.set(file, line);
    if (!files.has(file)) err(path, at(`"${file}" is not an article file in the folder`));
    const published = get("published");
    if (published) {
      const p = publishedProblem(published);
      if (p) err(path, at(`published ${p}`));
    }
    const url = get("url");
    if (url && !/^https?:\/\//i.test(url)) warn(path, at(`url "${url}" is not an http(s) address`));
    for (const c of cols) {
      const v = get(c);
      if (/^[=+\-@\t\r]/.test(v) && !(c === "published" && /^\d/.test(v)))
        warn(path, at(`${c} "${v.slice(0, 40)}" starts with "${v[0]}": a spreadsheet would run it as a formula (the report shows it as text)`));
    }
  }
  for (const f of files) if (!seen.has(f)) warn(path, `no row for "${f}": its outlet and date are unknown`);
}
