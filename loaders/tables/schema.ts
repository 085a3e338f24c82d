import type { TableName } from "../types.js";

/** Column types of the contract, shared by the JSON, Parquet and Arrow writers. */
export type ColumnType = "string" | "int" | "double" | "bool" | "strings";

const s = "string", i = "int", d = "double", b = "bool", l = "strings";

// `correction` (figures, quotes, events) extends the contract: the reporter's
// note from data/corrections.csv on a corrected row, else null. `source_text`
// (events) extends it too: who acted when the source is a group the text does
// not name ("rebels", "trade unions"), whose `source` is then null.
export const SCHEMA: Record<TableName, [string, ColumnType][]> = {
  articles: [["id", s], ["file", s], ["sha256", s], ["title", s], ["outlet", s], ["url", s], ["published", s],
    ["byline", s], ["language", s], ["text", s], ["words", i], ["boilerplate", l]],
  actors: [["id", s], ["name", s], ["kind", s], ["aliases", l], ["country", s], ["role", s], ["mentions", i], ["articles", i]],
  mentions: [["article", s], ["actor", s], ["start", i], ["end", i], ["text", s], ["sentence", i]],
  figures: [["id", s], ["article", s], ["value", d], ["text", s], ["qualifier", s], ["unit", s], ["category", s],
    ["actor", s], ["attributed_to", s], ["start", i], ["end", i], ["correction", s]],
  quotes: [["id", s], ["article", s], ["speaker", s], ["speaker_text", s], ["text", s], ["kind", s], ["verb", s],
    ["start", i], ["end", i], ["correction", s]],
  events: [["id", s], ["article", s], ["type", s], ["mode", s], ["trigger", s], ["source", s], ["target", s],
    ["place", s], ["date", s], ["date_text", s], ["negated", b], ["start", i], ["end", i], ["correction", s], ["source_text", s]],
  dates: [["article", s], ["text", s], ["value", s], ["start", i], ["end", i]],
};

/**
 * Columns of a table: the contract's, then any extra field the rows carry
 * (stages may add columns; the contract says extend, never break).
 */
export function columnsOf(table: TableName, rows: readonly object[]): [string, ColumnType][] {
  const cols = [...SCHEMA[table]];
  const known = new Set(cols.map(([n]) => n));
  for (const row of rows.slice(0, 100))
    for (const [k, v] of Object.entries(row))
      if (!known.has(k)) {
        known.add(k);
        cols.push([k, typeof v === "number" ? d : typeof v === "boolean" ? b : Array.isArray(v) ? l : s]);
      }
  return cols;
}
