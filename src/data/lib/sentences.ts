// Every sentence of every article (article, index, start, end, text), split by the
// extractor's own splitter. Pages join a row's offsets to its sentence in SQL;
// slicing here in JavaScript keeps UTF-16 offsets exact, where DuckDB's
// substring() counts code points and would drift after an emoji.
import { Int32, Table, Utf8, tableToIPC, vectorFromArray } from "apache-arrow";
import { splitSentences } from "../../../loaders/text/sentences.js";
import type { Tables } from "../../../loaders/types.js";

export interface Sentence { article: string; index: number; start: number; end: number; text: string }

export function sentenceRows(tables: Tables): Sentence[] {
  return tables.articles.flatMap((a) =>
    splitSentences(a.text).map((s) => ({ article: a.id, index: s.index, start: s.start, end: s.end, text: a.text.slice(s.start, s.end) })),
  );
}

/**
 * Only the sentences holding the start of one of `rows` (start ≤ row.start < end, the
 * pages' join): a page that joins only those rows to their sentence loads these under
 * the name `sentences` and gets the same result from a fraction of the text.
 */
export function holding(sentences: Sentence[], rows: readonly { article: string; start: number }[]): Sentence[] {
  const starts = new Map<string, number[]>();
  for (const r of rows) {
    const list = starts.get(r.article);
    if (list) list.push(r.start);
    else starts.set(r.article, [r.start]);
  }
  for (const list of starts.values()) list.sort((a, b) => a - b);
  return sentences.filter((s) => {
    const list = starts.get(s.article);
    if (!list) return false;
    let lo = 0, hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]! < s.start) lo = mid + 1;
      else hi = mid;
    }
    return lo < list.length && list[lo]! < s.end;
  });
}

/** The `sentences` table as Arrow IPC. */
export function sentencesArrow(rows: Sentence[]): Uint8Array {
  const table = new Table({
    article: vectorFromArray(rows.map((r) => r.article), new Utf8()),
    index: vectorFromArray(rows.map((r) => r.index), new Int32()),
    start: vectorFromArray(rows.map((r) => r.start), new Int32()),
    end: vectorFromArray(rows.map((r) => r.end), new Int32()),
    text: vectorFromArray(rows.map((r) => r.text), new Utf8()),
  });
  return tableToIPC(table, "stream");
}
