import type { PlannedArticle } from "./folder.js";
import { applyCorrections, readCorrections } from "../corrections/index.js";
import { TABLE_NAMES, type EventRow, type FigureRow, type Problem, type QuoteRow, type TableName, type Tables } from "../types.js";
import type { CorpusResolution } from "./actors.js";
import { lines, parseRows, ROW_TABLES, type RowsMeta } from "../store/segments.js";

// Putting the tables together from each article's cached byte pieces (build.ts),
// and the reporter's corrections over the few articles they touch.

const SEP = Buffer.from(",\n");

/**
 * data/corrections.csv over the rows: only articles holding a corrected id are
 * parsed, corrected and serialised again; the problems are those of
 * applyCorrections over the whole tables (an id found nowhere is reported).
 */
export function correct(items: PlannedArticle[], rows: Buffer[][], metas: RowsMeta[], path: string | null | undefined, problems: Problem[]): Map<number, Buffer[]> {
  const { corrections, problems: unreadable } = readCorrections(path);
  problems.push(...unreadable);
  const wanted = new Set(corrections.map((c) => c.id));
  const hit = items.flatMap((_, i) => (metas[i]!.ids.some((id) => wanted.has(id)) ? [i] : []));
  const own = hit.map((i) => ROW_TABLES.map((_, t) => parseRows<FigureRow | QuoteRow | EventRow>(rows[i]![2 + t]!)));
  const tables = { articles: [], actors: [], mentions: [], dates: [] } as unknown as Tables;
  ROW_TABLES.forEach((t, k) => ((tables[t] as object[]) = own.flatMap((o) => o[k]!)));
  problems.push(...applyCorrections(tables, corrections, path ?? undefined).problems);
  const kept = new Set<object>(ROW_TABLES.flatMap((t) => tables[t] as object[]));
  const out = new Map<number, Buffer[]>();
  hit.forEach((i, n) => out.set(i, own[n]!.map((list) => Buffer.from(lines(list.filter((r) => kept.has(r)))))));
  return out;
}

/** Each table as the bytes of its JSON file (toJSON's layout), in pieces, and its row count. */
export function assembleJson(
  items: PlannedArticle[], parts: Buffer[][], heads: { dates: number }[], rows: Buffer[][], metas: RowsMeta[],
  resolved: CorpusResolution, corrected: Map<number, Buffer[]>,
): { json: Record<TableName, Buffer[]>; counts: Record<TableName, number> } {
  const pieces = Object.fromEntries(TABLE_NAMES.map((t) => [t, [] as Buffer[]])) as Record<TableName, Buffer[]>;
  const counts = Object.fromEntries(TABLE_NAMES.map((t) => [t, 0])) as Record<TableName, number>;
  const add = (t: TableName, b: Buffer | undefined) => b?.length && pieces[t].push(b);
  for (let i = 0; i < items.length; i++) {
    add("articles", parts[i]![1]);
    add("dates", parts[i]![2]);
    counts.dates += heads[i]!.dates;
    const fixed = corrected.get(i);
    ROW_TABLES.forEach((t, k) => {
      const b = fixed ? fixed[k] : rows[i]![2 + k];
      add(t, b);
      counts[t] += fixed ? (b!.length ? b!.toString("utf8").split("\n").length : 0) : metas[i]!.counts[1 + k]!;
    });
  }
  counts.articles = items.length;
  // Mentions are ordered by article id (then position), not by file.
  const byId = items.map((a, i) => [a.id, i] as const).sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  for (const [, i] of byId) add("mentions", rows[i]![1]);
  counts.mentions = resolved.mentions;
  if (resolved.actors.length) pieces.actors.push(Buffer.from(lines(resolved.actors)));
  counts.actors = resolved.actors.length;
  const json = Object.fromEntries(TABLE_NAMES.map((t) => {
    const out: Buffer[] = [Buffer.from("[")];
    pieces[t].forEach((b, k) => out.push(...(k ? [SEP, b] : [b])));
    out.push(Buffer.from("]\n"));
    return [t, out];
  })) as Record<TableName, Buffer[]>;
  return { json, counts };
}

