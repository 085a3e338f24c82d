import type { Candidate } from "../actors/candidate.js";

// Rows of one shape (an article's actor candidates: ~33 per article, 330,000
// in a 10,000-article corpus) stored as int32 columns with strings interned: a
// warm rebuild that resolves the whole corpus decodes every article's
// candidates, which parse several times slower as JSON objects, JSON number
// arrays or v8's serializer. Generic over the fields, so a field added to Candidate is
// kept; rows of mixed shapes or other values (floats, objects) fall back to JSON.
//
// Layout: u32 rows (0xffffffff: JSON follows), u32 header length, header JSON
// {keys, kinds, strings}, zero padding to 4 bytes, then one int32 column per key.

type Kind = "i" | "b" | "s";
const JSON_ROWS = 0xffffffff;

export function encodeRows(rows: readonly object[]): Buffer {
  const keys = rows.length ? Object.keys(rows[0]!) : [];
  const columns = rows.length && rows.every((r) => sameKeys(r, keys)) ? encodeColumns(rows as readonly Record<string, unknown>[], keys) : null;
  if (!columns) return Buffer.concat([u32(JSON_ROWS), Buffer.from(JSON.stringify(rows))]);
  const header = Buffer.from(JSON.stringify({ keys, kinds: columns.kinds, strings: columns.strings }));
  const pad = Buffer.alloc((4 - ((8 + header.length) % 4)) % 4);
  return Buffer.concat([u32(rows.length), u32(header.length), header, pad, Buffer.from(columns.data.buffer)]);
}

interface Columns {
  kinds: Kind[];
  strings: string[];
  data: Int32Array;
}

/** Every key's column, or null when one fits no kind (the rows are then kept as JSON). */
function encodeColumns(rows: readonly Record<string, unknown>[], keys: string[]): Columns | null {
  const out: Columns = { kinds: [], strings: [], data: new Int32Array(rows.length * keys.length) };
  const ids = new Map<string, number>();
  for (let j = 0; j < keys.length; j++) {
    const kind = kindOf(rows[0]![keys[j]!]);
    const at = j * rows.length;
    const ok = kind === "i" ? intColumn(rows, keys[j]!, out.data, at) : kind === "b" ? boolColumn(rows, keys[j]!, out.data, at) : stringColumn(rows, keys[j]!, out.data, at, ids, out.strings);
    if (!ok) return null;
    out.kinds.push(kind);
  }
  return out;
}

/** A column's kind, read from its first value and checked over the rest as it is written. */
const kindOf = (first: unknown): Kind => (typeof first === "number" ? "i" : typeof first === "boolean" ? "b" : "s");

function intColumn(rows: readonly Record<string, unknown>[], key: string, data: Int32Array, at: number): boolean {
  for (let i = 0; i < rows.length; i++) {
    const v = rows[i]![key];
    if (typeof v !== "number" || (v | 0) !== v || Object.is(v, -0)) return false;
    data[at + i] = v;
  }
  return true;
}

function boolColumn(rows: readonly Record<string, unknown>[], key: string, data: Int32Array, at: number): boolean {
  for (let i = 0; i < rows.length; i++) {
    const v = rows[i]![key];
    if (typeof v !== "boolean") return false;
    data[at + i] = v ? 1 : 0;
  }
  return true;
}

/** Strings interned in the order met, column after column; null is -1. */
function stringColumn(rows: readonly Record<string, unknown>[], key: string, data: Int32Array, at: number, ids: Map<string, number>, strings: string[]): boolean {
  for (let i = 0; i < rows.length; i++) {
    const v = rows[i]![key];
    if (v === null) data[at + i] = -1;
    else if (typeof v !== "string") return false;
    else {
      let id = ids.get(v);
      if (id === undefined) ids.set(v, (id = strings.push(v) - 1));
      data[at + i] = id;
    }
  }
  return true;
}

/** The same fields as `keys`, in any order (the tagger builds candidates in several places; nothing reads their order). */
function sameKeys(row: object, keys: string[]): boolean {
  const own = Object.keys(row);
  if (own.length !== keys.length) return false;
  for (let i = 0; i < own.length; i++) if (own[i] !== keys[i]) return keys.every((k) => Object.hasOwn(row, k));
  return true;
}

export function decodeRows<T>(buf: Buffer): T[] {
  const n = buf.readUInt32LE(0);
  if (n === JSON_ROWS) return JSON.parse(buf.subarray(4).toString("utf8")) as T[];
  const headerLength = buf.readUInt32LE(4);
  const { keys, kinds, strings } = JSON.parse(buf.subarray(8, 8 + headerLength).toString("utf8")) as { keys: string[]; kinds: Kind[]; strings: string[] };
  const start = 8 + headerLength + ((4 - ((8 + headerLength) % 4)) % 4);
  // Copied to an aligned buffer: a record's segments sit at any byte offset.
  const data = new Int32Array(buf.buffer.slice(buf.byteOffset + start, buf.byteOffset + start + n * keys.length * 4));
  const value = (j: number, i: number): unknown => {
    const v = data[j * n + i]!;
    return kinds[j] === "i" ? v : kinds[j] === "b" ? v === 1 : v < 0 ? null : strings[v];
  };
  const col = Object.fromEntries(keys.map((k, j) => [k, j])) as Record<string, number>;
  if (keys.length === CANDIDATE_KEYS.length && CANDIDATE_KEYS.every(([k, kind]) => kinds[col[k] ?? -1] === kind)) return candidates(n, data, strings, (k) => col[k]! * n) as T[];
  const rows: Record<string, unknown>[] = [];
  for (let i = 0; i < n; i++) {
    const row: Record<string, unknown> = {};
    keys.forEach((k, j) => (row[k] = value(j, i)));
    rows.push(row);
  }
  return rows as T[];
}

const CANDIDATE_KEYS: [keyof Candidate, Kind][] = [
  ["doc", "s"], ["start", "i"], ["end", "i"], ["text", "s"], ["sentence", "i"], ["kind", "s"],
  ["name", "s"], ["country", "s"], ["role", "s"], ["via", "s"], ["alias", "b"], ["weak", "b"],
];

/** Candidates built as literals of one shape, straight from the columns: several times faster than adding fields one by one. */
function candidates(n: number, d: Int32Array, strings: string[], at: (k: keyof Candidate) => number): Candidate[] {
  const [doc, start, end, text, sentence, kind, name, country, role, via, alias, weak] = CANDIDATE_KEYS.map(([k]) => at(k)) as number[] as [number, number, number, number, number, number, number, number, number, number, number, number];
  const str = (v: number) => (v < 0 ? null : strings[v]!);
  const out: Candidate[] = new Array(n);
  for (let i = 0; i < n; i++)
    out[i] = {
      doc: str(d[doc + i]!)!, start: d[start + i]!, end: d[end + i]!, text: str(d[text + i]!)!, sentence: d[sentence + i]!,
      kind: str(d[kind + i]!) as Candidate["kind"], name: str(d[name + i]!)!, country: str(d[country + i]!), role: str(d[role + i]!),
      via: str(d[via + i]!) as Candidate["via"], alias: d[alias + i] === 1, weak: d[weak + i] === 1,
    };
  return out;
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
}
