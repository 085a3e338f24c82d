import { createHash } from "node:crypto";
import type { Candidate } from "../actors/candidate.js";
import type { ArticlePart, ArticleRows } from "../article.js";
import type { PackStore } from "../store/pack.js";
import type { ArticleRow, DateRow, Problem, ResolvedMention, Sentence } from "../types.js";
import { lines, parseRows, ROW_TABLES, type RowsMeta } from "./assemble.js";
import { decodeRows, encodeRows } from "./columns.js";
import { HASH_WIDTH, lineHash } from "./linehash.js";
import type { PlannedArticle } from "./manifest.js";

// The build's cache records, in the pack store: an article's line hashes (`d:`,
// by base key), its part (`p:`, with its sentences in `s:`, by part key) and
// its rows (`r:`, by rows key: plan/actors.ts). Table rows are kept as the JSON
// text they are written as, so a rebuild concatenates them without re-serialising.

/** A part record's first segment; then article JSON, date rows JSON, candidates (columns.ts). */
export interface Head {
  problems: Problem[];
  dates: number;
}

/**
 * An article's part key: its base key and which of its own lines repeat across
 * its outlet (all its first half is given of the outlet's repeated lines), read
 * from the hashes of its line keys (a `d:` record): adding an article that makes
 * a line repeated re-extracts the articles holding that line, not the outlet's others.
 */
export function partKeys(repeated: Map<string, string[]>): (a: PlannedArticle, lines: string) => string {
  const hashed = new Map<string, Set<string>>();
  return (a, lines) => {
    const outlet = a.meta?.outlet ?? "";
    let set = hashed.get(outlet);
    if (!set) hashed.set(outlet, (set = new Set((repeated.get(outlet) ?? []).map(lineHash))));
    const hits: string[] = [];
    for (let at = 0; at + HASH_WIDTH <= lines.length; at += HASH_WIDTH) {
      const h = lines.slice(at, at + HASH_WIDTH);
      if (set.has(h)) hits.push(h);
    }
    // One string hashed, not hashOf's JSON: a rebuild makes one per article.
    return createHash("sha256").update(`part\u0000${a.baseKey}\u0000${hits.sort().join("")}`).digest("hex").slice(0, 32);
  };
}

export function storePart(store: PackStore, key: string, part: ArticlePart): void {
  const head: Head = { problems: part.problems, dates: part.dates.length };
  store.set(`p:${key}`, [JSON.stringify(head), JSON.stringify(part.article), lines(part.dates), encodeRows(part.candidates)]);
  store.set(`s:${key}`, [JSON.stringify(part.doc.sentences)]);
}

/** The part as readArticle returned it, rebuilt from its records (the doc is the article's text and date plus the sentences). */
export async function fullPart(store: PackStore, a: PlannedArticle, rec: Buffer[], head: Head, candidates: Candidate[], extract: () => Promise<void>): Promise<ArticlePart> {
  let sentences = store.get(`s:${a.partKey}`);
  let part = rec;
  if (!sentences) {
    await extract();
    [sentences, part] = [store.get(`s:${a.partKey}`), store.get(`p:${a.partKey}`)!];
    [head, candidates] = [JSON.parse(part[0]!.toString("utf8")), decodeRows<Candidate>(part[3]!)];
  }
  const article = JSON.parse(part[1]!.toString("utf8")) as ArticleRow;
  const doc = { id: article.id, text: article.text, published: article.published, sentences: JSON.parse(sentences![0]!.toString("utf8")) as Sentence[] };
  return { article, doc, dates: parseRows<DateRow>(part[2]!), candidates, problems: head.problems };
}

/** As applyCorrections leaves every row: a `correction` column, null unless corrected. */
const withCorrection = <T extends object>(rows: T[]) => {
  for (const r of rows as { correction?: string | null }[]) r.correction ??= null;
  return rows;
};

export function rowsRecord(mentions: ResolvedMention[], r: ArticleRows): string[] {
  const meta: RowsMeta = {
    problems: r.problems,
    counts: [mentions.length, r.figures.length, r.quotes.length, r.events.length],
    ids: ROW_TABLES.flatMap((t) => r[t].map((row) => row.id)),
  };
  const mentionRows = mentions.map(({ kind: _k, ...m }) => m);
  return [JSON.stringify(meta), lines(mentionRows), ...ROW_TABLES.map((t) => lines(withCorrection<object>(r[t])))];
}
