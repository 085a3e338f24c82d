import { existsSync, readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { PLOVER_TYPES, type Problem, type Tables } from "../types.js";

// data/corrections.csv: a reporter rejects a row by its stable id (a wrong
// figure, a misattributed quote, an event that did not happen) or fixes one
// field, with a note. Applied after extraction, so they survive every rebuild;
// one whose id no longer exists is reported, never silently dropped.

export const CORRECTION_COLUMNS = ["id", "action", "field", "value", "note"] as const;
export type CorrectedTable = "figures" | "quotes" | "events";

/** Fields a correction may set, with how to read the CSV cell. */
const FIELDS: Record<CorrectedTable, Record<string, (v: string) => unknown>> = {
  figures: { value: num, qualifier: oneOf(["exact", "approx", "up_to", "at_least", "more_than", "less_than"]), unit: str, category: oneOf(["people", "military_units", "weapons", "money", "duration", "count", "percent", "other"]), actor: str, attributed_to: str },
  quotes: { speaker: str, speaker_text: str, kind: oneOf(["direct", "partial"]), verb: str },
  events: { type: oneOf([...PLOVER_TYPES]), mode: str, source: str, target: str, place: str, date: (v) => (v === "" || /^\d{4}(-\d{2}(-\d{2})?)?$/.test(v) ? v || null : fail("a date is YYYY, YYYY-MM or YYYY-MM-DD")), negated: (v) => (v === "true" ? true : v === "false" ? false : fail("negated is true or false")) },
};

function fail(message: string): never {
  throw new Error(message);
}
function str(v: string) {
  return v === "" ? null : v;
}
function num(v: string) {
  const n = Number(v);
  return v.trim() !== "" && Number.isFinite(n) ? n : fail(`"${v}" is not a number`);
}
function oneOf(values: string[]) {
  return (v: string) => (values.includes(v) ? v : fail(`"${v}" is not one of ${values.join(", ")}`));
}

export interface Correction {
  id: string;
  action: "reject" | "set";
  field: string | null;
  value: string | null;
  note: string | null;
  line: number;
}

export function readCorrections(path: string | null | undefined): { corrections: Correction[]; problems: Problem[] } {
  if (!path || !existsSync(path)) return { corrections: [], problems: [] };
  return parseCorrections(readFileSync(path, "utf8"), path);
}

export function parseCorrections(text: string, file = "corrections.csv"): { corrections: Correction[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const bad = (line: number, message: string) => problems.push({ file, level: "error", message: `line ${line}: ${message}` });
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { bom: true, info: true, relax_column_count: true, skip_empty_lines: true, trim: true }) as never;
  } catch (e) {
    return { corrections: [], problems: [{ file, level: "error", message: `cannot parse CSV: ${(e as Error).message.split("\n")[0]}` }] };
  }
  const header = records.shift();
  if (!header) return { corrections: [], problems };
  const cols = header.record.map((h) => h.toLowerCase());
  const missing = ["id", "action"].filter((c) => !cols.includes(c));
  if (missing.length) return { corrections: [], problems: [{ file, level: "error", message: `line 1: missing column ${missing.join(", ")} (header: ${CORRECTION_COLUMNS.join(",")})` }] };
  const corrections: Correction[] = [];
  for (const { record, info } of records) {
    const get = (c: string) => record[cols.indexOf(c)] ?? "";
    const line = info.lines;
    const action = get("action").toLowerCase();
    if (!get("id")) bad(line, "no id");
    else if (action !== "reject" && action !== "set") bad(line, `action must be "reject" or "set", not "${get("action")}"`);
    else if (action === "set" && !get("field")) bad(line, `"set" needs a field`);
    else corrections.push({ id: get("id"), action, field: get("field") || null, value: cols.includes("value") ? get("value") : null, note: get("note") || null, line });
  }
  return { corrections, problems };
}

/**
 * Applies corrections to the tables in place. A corrected row gets its note
 * (or "corrected") in the `correction` column; a rejected row is removed.
 */
export function applyCorrections(tables: Tables, corrections: Correction[], file = "corrections.csv"): { applied: Correction[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const applied: Correction[] = [];
  const where = new Map<string, { table: CorrectedTable; row: Record<string, unknown> }>();
  for (const table of ["figures", "quotes", "events"] as const)
    for (const row of tables[table] as unknown as Record<string, unknown>[]) {
      row.correction ??= null;
      where.set(row.id as string, { table, row });
    }
  const rejected = new Set<string>();
  for (const c of corrections) {
    const hit = where.get(c.id);
    const at = `line ${c.line}`;
    if (!hit) {
      problems.push({ file, level: "warning", message: `${at}: no row has id "${c.id}" any more (the extractor changed?); correction not applied` });
      continue;
    }
    if (c.action === "reject") rejected.add(c.id);
    else {
      // Own keys only: a field named "constructor" must not reach Object's prototype.
      const read = Object.hasOwn(FIELDS[hit.table], c.field!) ? FIELDS[hit.table][c.field!] : undefined;
      if (!read) {
        problems.push({ file, level: "error", message: `${at}: ${hit.table} has no correctable field "${c.field}" (one of ${Object.keys(FIELDS[hit.table]).join(", ")})` });
        continue;
      }
      try {
        hit.row[c.field!] = read(c.value ?? "");
      } catch (e) {
        problems.push({ file, level: "error", message: `${at}: ${(e as Error).message}` });
        continue;
      }
    }
    hit.row.correction = [hit.row.correction, c.note ?? (c.action === "reject" ? "rejected" : `${c.field} corrected`)].filter(Boolean).join("; ");
    applied.push(c);
  }
  tables.figures = tables.figures.filter((r) => !rejected.has(r.id));
  tables.quotes = tables.quotes.filter((r) => !rejected.has(r.id));
  tables.events = tables.events.filter((r) => !rejected.has(r.id));
  return { applied, problems };
}
