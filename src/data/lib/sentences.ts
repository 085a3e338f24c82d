// Every sentence of every article (article, index, start, end, text), split by the
// extractor's own splitter. Pages join a row's offsets to its sentence in SQL;
// slicing here in JavaScript keeps UTF-16 offsets exact, where DuckDB's
// substring() counts code points and would drift after an emoji.
import { Int32, Table, Utf8, tableToIPC, vectorFromArray } from "apache-arrow";
import { splitSentences } from "../../../loaders/text/sentences.js";
import type { Tables } from "../../../loaders/types.js";

/** The `sentences` table as Arrow IPC. */
export function sentencesArrow(tables: Tables): Uint8Array {
  const rows = tables.articles.flatMap((a) =>
    splitSentences(a.text).map((s) => ({ article: a.id, index: s.index, start: s.start, end: s.end, text: a.text.slice(s.start, s.end) })),
  );
  const table = new Table({
    article: vectorFromArray(rows.map((r) => r.article), new Utf8()),
    index: vectorFromArray(rows.map((r) => r.index), new Int32()),
    start: vectorFromArray(rows.map((r) => r.start), new Int32()),
    end: vectorFromArray(rows.map((r) => r.end), new Int32()),
    text: vectorFromArray(rows.map((r) => r.text), new Utf8()),
  });
  return tableToIPC(table, "stream");
}
