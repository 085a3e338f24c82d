import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { Bool, Float64, Int32, List, Field, Table, Utf8, tableToIPC, vectorFromArray, type DataType, type Vector } from "apache-arrow";
import { parquetWriteBuffer } from "hyparquet-writer";
import { TABLE_NAMES, type TableName, type Tables } from "../types.js";
import { columnsOf, type ColumnType } from "./schema.js";
import { writeAtomic } from "../store/atomic.js";

export { writeAtomic };

export type Format = "json" | "parquet" | "both";

export function writeTables(tables: Tables, outDir: string, format: Format = "json"): string[] {
  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  for (const name of TABLE_NAMES) {
    if (format === "json" || format === "both") {
      const p = join(outDir, `${name}.json`);
      writeAtomic(p, toJSON(tables[name]));
      written.push(p);
    }
    if (format === "parquet" || format === "both") {
      const p = join(outDir, `${name}.parquet`);
      writeAtomic(p, toParquet(name, tables[name]));
      written.push(p);
    }
  }
  return written;
}

export function toJSON(rows: readonly object[]): string {
  return `[${rows.map((r) => JSON.stringify(r)).join(",\n")}]\n`;
}

const cell = (row: object, col: string): unknown => (row as Record<string, unknown>)[col] ?? null;

export function toParquet(name: TableName, rows: readonly object[]): Uint8Array {
  const PARQUET: Record<ColumnType, "STRING" | "INT32" | "DOUBLE" | "BOOLEAN" | "JSON"> = {
    string: "STRING", int: "INT32", double: "DOUBLE", bool: "BOOLEAN", strings: "JSON",
  };
  const columnData = columnsOf(name, rows).map(([col, type]) => ({
    name: col,
    type: PARQUET[type],
    data: rows.map((r) => cell(r, col)) as never,
  }));
  return new Uint8Array(parquetWriteBuffer({ columnData }));
}

function arrowType(type: ColumnType): DataType {
  switch (type) {
    case "string": return new Utf8();
    case "int": return new Int32();
    case "double": return new Float64();
    case "bool": return new Bool();
    case "strings": return new List(new Field("item", new Utf8(), true));
  }
}

/** Arrow IPC stream: what the report's DuckDB-WASM reads (it cannot read Parquet offline). */
export function toArrow(name: TableName, rows: readonly object[]): Uint8Array {
  const columns: Record<string, Vector> = {};
  for (const [col, type] of columnsOf(name, rows)) columns[col] = vectorFromArray(rows.map((r) => cell(r, col)), arrowType(type));
  return tableToIPC(new Table(columns), "stream");
}
