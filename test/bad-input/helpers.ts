import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { expect } from "vitest";
import { extractFolder, type ExtractOptions } from "../../loaders/pipeline.js";
import type { Problem, Tables } from "../../loaders/types.js";
import { scratchDir } from "../scratch.js";

// Two ordinary articles, written for these tests, that every bad-input corpus
// carries: whatever the bad file does, their rows must come out unchanged.
export const GOOD: Record<string, string> = {
  "harbour-talks.txt": [
    "Norway and Chile sign fisheries pact",
    "",
    "Norwegian Fisheries Minister Marianne Sivertsen Naess met Chilean Economy Minister Nicolas Grau in Oslo on Tuesday to sign a fisheries agreement.",
    "",
    "\"This agreement protects both our coasts,\" Naess told reporters after the meeting.",
    "",
    "The pact covers about 1,200 fishing vessels and includes $40 million for joint research, according to the ministry.",
  ].join("\n"),
  "grain-corridor.txt": [
    "Kenya pledges grain shipments to Somalia",
    "",
    "Kenyan President William Ruto said on Monday that Kenya would send 30,000 tonnes of maize to Somalia before March 2025.",
    "",
    "\"We will not let our neighbours go hungry,\" Ruto said in Nairobi.",
    "",
    "Somalia's government welcomed the pledge and thanked the Kenyan people.",
  ].join("\n"),
};
export const GOOD_IDS = Object.keys(GOOD).map((f) => f.replace(/\.[^.]+$/, ""));
export const SOURCES_HEADER = "file,title,outlet,url,published,byline,language";
/** sources.csv rows for the good articles (dated, so no "no publication date" warning). */
export const GOOD_SOURCES = [
  "harbour-talks.txt,Norway and Chile sign fisheries pact,Coastal Post,https://example.org/a,2024-11-19,,en",
  "grain-corridor.txt,Kenya pledges grain shipments to Somalia,Horn Daily,https://example.org/b,2024-11-18,,en",
];

/** Neutral filler for bad files that are still readable: no names, so it cannot change actor resolution. */
export const FILLER =
  "The committee met again on a wet afternoon and agreed to publish its findings later. Members said the work would take several more weeks to finish.";

export type Files = Record<string, string | Uint8Array>;

/** A temp corpus: the good articles (and their sources.csv rows) plus `files`; a `sources.csv` in `files` replaces the default. */
export function corpus(files: Files, { withGood = true } = {}): string {
  const dir = scratchDir("dossier-bad-");
  const all: Files = { ...(withGood ? GOOD : {}), ...files };
  if (!("sources.csv" in files) && withGood) all["sources.csv"] = [SOURCES_HEADER, ...GOOD_SOURCES].join("\n") + "\n";
  for (const [name, data] of Object.entries(all)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), data);
  }
  return dir;
}

/** Problems as the CLI prints them (`<file>: <level>: <message>`), paths relative to the corpus. */
export function lines(problems: Problem[], dir: string): string[] {
  return problems.map((p) => `${p.file.startsWith(`${dir}/`) ? p.file.slice(dir.length + 1) : p.file}: ${p.level}: ${p.message}`);
}

/** The exit status `dossier extract` gives for these problems (loaders/commands/extract.ts). */
export function exitStatus(problems: Problem[]): number {
  return problems.some((p) => p.level === "error") ? 1 : 0;
}

export interface Run {
  dir: string;
  tables: Tables;
  problems: string[];
  status: number;
}

export async function run(files: Files, options: ExtractOptions & { withGood?: boolean } = {}): Promise<Run> {
  const dir = corpus(files, { withGood: options.withGood ?? true });
  const { tables, problems } = await extractFolder(dir, { registryPath: null, ...options });
  return { dir, tables, problems: lines(problems, dir), status: exitStatus(problems) };
}

/**
 * A run and the CPU it took in milliseconds. Extraction here is in-process (one job) and test files run
 * one at a time, so this process's CPU is the run's: unlike wall time, it does not grow with the machine's load.
 */
export async function runCpu(files: Files, options: ExtractOptions & { withGood?: boolean } = {}): Promise<[Run, number]> {
  const c0 = process.cpuUsage();
  const r = await run(files, options);
  const used = process.cpuUsage(c0);
  return [r, (used.user + used.system) / 1000];
}

const PER_ARTICLE = ["mentions", "figures", "quotes", "events", "dates"] as const;

/** Rows of the good articles, keyed by table, with what does not depend on the other articles. */
export function goodRows(tables: Tables) {
  const good = new Set(GOOD_IDS);
  const out: Record<string, unknown[]> = { articles: tables.articles.filter((a) => good.has(a.id)) };
  for (const t of PER_ARTICLE)
    out[t] = (tables[t] as unknown as { article: string; start: number; end: number; text?: string }[])
      .filter((r) => good.has(r.article))
      .map((r) => JSON.stringify(r));
  return out;
}

let baseline: ReturnType<typeof goodRows> | null = null;
/** The good articles extracted alone: the rows every bad-input corpus must still produce. */
export async function baselineRows() {
  if (!baseline) baseline = goodRows((await run({})).tables);
  return baseline;
}

/** Every row of the good articles is present and unchanged. */
export async function expectGoodRowsIntact(tables: Tables): Promise<void> {
  const base = await baselineRows();
  const now = goodRows(tables);
  expect(now.articles).toEqual(base.articles);
  for (const t of PER_ARTICLE) expect(now[t], t).toEqual(base[t]);
}

/** Every row with text and offsets points at its text. */
export function expectOffsetsValid(tables: Tables): void {
  const text = new Map(tables.articles.map((a) => [a.id, a.text]));
  for (const t of PER_ARTICLE)
    for (const r of tables[t] as unknown as { article: string; start: number; end: number; text?: string }[]) {
      const body = text.get(r.article)!;
      expect(r.start, t).toBeGreaterThanOrEqual(0);
      expect(r.end, t).toBeLessThanOrEqual(body.length);
      expect(r.start, t).toBeLessThanOrEqual(r.end);
      if (t !== "events") expect(body.slice(r.start, r.end), t).toBe(r.text);
    }
}
