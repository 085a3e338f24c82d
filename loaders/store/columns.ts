import type { Candidate } from "../actors/candidate.js";

// An article's actor candidates (~33 per article, 330,000 in a 10,000-article
// corpus) stored as int32 columns with strings interned: a rebuild that
// resolves the whole corpus decodes every article's candidates, which parse
// several times slower as JSON objects, JSON number arrays or v8's serializer.
// A list holding anything else than FIELDS' kinds (another field, a float) is
// kept as JSON, so what is decoded is always what was encoded.
//
// Layout: u32 rows (0xffffffff: JSON follows), u32 strings' length, the
// strings as a JSON array, zero padding to 4 bytes, then one int32 column per
// field (strings by index, null -1; booleans 0 or 1).

type Kind = "i" | "b" | "s";
/** How each field is stored; tsc checks that every field of Candidate is here. */
const FIELDS = {
  doc: "s", start: "i", end: "i", text: "s", sentence: "i", kind: "s",
  name: "s", country: "s", role: "s", via: "s", alias: "b", weak: "b",
} as const satisfies Record<keyof Candidate, Kind>;
const KEYS = Object.keys(FIELDS) as (keyof Candidate)[];
const JSON_ROWS = 0xffffffff;

export function encodeCandidates(rows: readonly Candidate[]): Buffer {
  const data = new Int32Array(rows.length * KEYS.length);
  const strings: string[] = [];
  const ids = new Map<string, number>();
  for (let j = 0; j < KEYS.length; j++) {
    const key = KEYS[j]!;
    for (let i = 0, at = j * rows.length; i < rows.length; i++, at++) {
      const v = rows[i]![key] as unknown;
      const kind = FIELDS[key];
      if (kind === "i" && typeof v === "number" && (v | 0) === v && !Object.is(v, -0)) data[at] = v;
      else if (kind === "b" && typeof v === "boolean") data[at] = v ? 1 : 0;
      else if (kind === "s" && v === null) data[at] = -1;
      else if (kind === "s" && typeof v === "string") data[at] = ids.get(v) ?? (ids.set(v, strings.length), strings.push(v) - 1);
      else return asJson(rows);
    }
  }
  if (rows.some((r) => Object.keys(r).length !== KEYS.length)) return asJson(rows);
  const header = Buffer.from(JSON.stringify(strings));
  const pad = Buffer.alloc((4 - ((8 + header.length) % 4)) % 4);
  return Buffer.concat([u32(rows.length), u32(header.length), header, pad, Buffer.from(data.buffer)]);
}

const asJson = (rows: readonly object[]) => Buffer.concat([u32(JSON_ROWS), Buffer.from(JSON.stringify(rows))]);

export function decodeCandidates(buf: Buffer): Candidate[] {
  const n = buf.readUInt32LE(0);
  if (n === JSON_ROWS) return JSON.parse(buf.subarray(4).toString("utf8")) as Candidate[];
  const headerLength = buf.readUInt32LE(4);
  const strings = JSON.parse(buf.subarray(8, 8 + headerLength).toString("utf8")) as string[];
  const start = 8 + headerLength + ((4 - ((8 + headerLength) % 4)) % 4);
  const d = columns(buf, start, n * KEYS.length);
  const str = (v: number) => (v < 0 ? null : strings[v]!);
  // Each field's column starts at (its place in FIELDS) * n.
  const [doc, st, end, text, sentence, kind, name, country, role, via, alias, weak] = KEYS.map((_, j) => j * n) as [number, number, number, number, number, number, number, number, number, number, number, number];
  const out: Candidate[] = new Array(n);
  // Literals of one shape, straight from the columns: several times faster than adding fields one by one.
  for (let i = 0; i < n; i++)
    out[i] = {
      doc: str(d[doc + i]!)!, start: d[st + i]!, end: d[end + i]!, text: str(d[text + i]!)!, sentence: d[sentence + i]!,
      kind: str(d[kind + i]!) as Candidate["kind"], name: str(d[name + i]!)!, country: str(d[country + i]!), role: str(d[role + i]!),
      via: str(d[via + i]!) as Candidate["via"], alias: d[alias + i] === 1, weak: d[weak + i] === 1,
    };
  return out;
}

let scratch = new Int32Array(1024);
/** The columns as int32s: a view when aligned, else a copy into one buffer reused by every record rather than a new one each. */
function columns(buf: Buffer, start: number, length: number): Int32Array {
  const at = buf.byteOffset + start;
  if (at % 4 === 0) return new Int32Array(buf.buffer, at, length);
  if (scratch.length < length) scratch = new Int32Array(length * 2);
  new Uint8Array(scratch.buffer, 0, length * 4).set(buf.subarray(start, start + length * 4));
  return scratch;
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
}
