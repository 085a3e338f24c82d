import type { Candidate } from "../actors/candidate.js";
import type { ArticlePart, ArticleRows } from "../article.js";
import type { ArticleRow, DateRow, Problem, ResolvedMention, Sentence } from "../types.js";
import { decodeCandidates, encodeCandidates } from "./columns.js";

// An article's records as the pack store keeps them, made from the stages'
// output where the stages ran: in this thread or in a worker, which then sends
// strings and bytes back instead of the objects (a structured clone of a part
// costs this thread more than the text of its records). A part record is
// [head JSON, article JSON, date rows, candidates (columns.ts)]; its sentences
// are a record of their own. A rows record is [meta JSON, mention rows, figure
// rows, quote rows, event rows], rows as JSON one per line.

/** A part record's first segment. */
export interface Head {
  problems: Problem[];
  dates: number;
}

/** A rows record's first segment. */
export interface RowsMeta {
  problems: Problem[];
  counts: [mentions: number, figures: number, quotes: number, events: number];
  ids: string[];
}

export const ROW_TABLES = ["figures", "quotes", "events"] as const;

/** Rows as JSON, one per line, separated by commas. */
export function lines(rows: readonly object[]): string {
  let out = "";
  for (let i = 0; i < rows.length; i++) out += (i ? ",\n" : "") + JSON.stringify(rows[i]);
  return out;
}
export const parseRows = <T>(b: Buffer): T[] => (b.length ? JSON.parse(`[${b.toString("utf8")}]`) : []);

/** What the map gives the store for one article: its part record and its sentences record. */
export interface PartSegments {
  part: [head: string, article: string, dates: string, candidates: Uint8Array];
  sentences: string;
}

/** `columns`: the candidates already encoded (by a worker), else part.candidates'; `sentences`: the sentences' JSON, when already made. */
export function partSegments(part: ArticlePart, columns: Uint8Array = encodeCandidates(part.candidates), sentences = JSON.stringify(part.doc.sentences)): PartSegments {
  const head: Head = { problems: part.problems, dates: part.dates.length };
  return { part: [JSON.stringify(head), JSON.stringify(part.article), lines(part.dates), columns], sentences };
}

/** The part as readArticle returned it, from its records (the doc is the article's text and date plus the sentences). */
export function partOf(rec: Buffer[], sentences: Buffer, candidates?: Candidate[]): ArticlePart {
  const head = JSON.parse(rec[0]!.toString("utf8")) as Head;
  const article = JSON.parse(rec[1]!.toString("utf8")) as ArticleRow;
  const doc = { id: article.id, text: article.text, published: article.published, sentences: JSON.parse(sentences.toString("utf8")) as Sentence[] };
  return { article, doc, dates: parseRows<DateRow>(rec[2]!), candidates: candidates ?? decodeCandidates(rec[3]!), problems: head.problems };
}

/** As applyCorrections leaves every row: a `correction` column, null unless corrected. */
const withCorrection = <T extends object>(rows: T[]) => {
  for (const r of rows as { correction?: string | null }[]) r.correction ??= null;
  return rows;
};

export function rowsSegments(mentions: ResolvedMention[], r: ArticleRows): string[] {
  const meta: RowsMeta = {
    problems: r.problems,
    counts: [mentions.length, r.figures.length, r.quotes.length, r.events.length],
    ids: ROW_TABLES.flatMap((t) => r[t].map((row) => row.id)),
  };
  const mentionRows = mentions.map(({ kind: _k, ...m }) => m);
  return [JSON.stringify(meta), lines(mentionRows), ...ROW_TABLES.map((t) => lines(withCorrection<object>(r[t])))];
}
