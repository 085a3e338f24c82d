import { randomBytes } from "node:crypto";
import { closeSync, mkdirSync, openSync, readdirSync, readSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import * as zlib from "node:zlib";
import { writeAtomic } from "./atomic.js";

// A content-addressed store packed into a few files instead of one file per
// entry: a warm rebuild of 10,000 articles reads 20,000 records, and opening
// 20,000 small files cost more than the work they saved. A record is a list of
// byte segments (JSON text, or table rows already serialised); a pack is read
// whole on first use (one read instead of 20,000). Every record carries a
// CRC-32, checked when it is read, every index its own: a corrupt pack or
// record reads as missing and is rebuilt. Packs are immutable and written
// atomically under unique names, so processes sharing a cache never see half a
// pack; a pack deleted under a reader (by a compaction elsewhere) reads as missing.

const MAGIC = Buffer.from("DSPACK1\n");
/** More packs than this, or more than half the bytes unused by this run: rewrite them as one. */
const MAX_PACKS = 4;

// zlib.crc32 came with Node 20.15; package.json allows any Node 20.
const crc32: (b: Uint8Array) => number =
  (zlib as { crc32?: (b: Uint8Array) => number }).crc32 ??
  ((b) => {
    let c = ~0;
    for (let i = 0; i < b.length; i++) {
      c ^= b[i]!;
      for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
    }
    return ~c >>> 0;
  });

interface Slot {
  pack: Pack;
  offset: number;
  lengths: number[];
  crc: number;
}

type Segment = string | Uint8Array;

interface Pack {
  path: string;
  fd: number;
  bytes: number;
  /** The whole file, read on first use when small enough: one read instead of one per record. */
  data?: Buffer | null;
}

/** Packs up to this size are read whole (a 10,000-article corpus makes about 130 MB). */
const READ_WHOLE = 1 << 30;

export class PackStore {
  readonly dir: string | null;
  hits = 0;
  misses = 0;
  private index = new Map<string, Slot>();
  private packs: Pack[] = [];
  private fresh = new Map<string, Buffer[]>();
  private used = new Set<string>();
  private damaged = false;
  private opened = false;

  constructor(dir: string | null) {
    this.dir = dir;
  }

  private open(): void {
    if (this.opened || !this.dir) return;
    this.opened = true;
    let names: string[] = [];
    try {
      names = readdirSync(this.dir).filter((n) => n.endsWith(".pack")).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const path = join(this.dir, name);
      let fd: number;
      try {
        fd = openSync(path, "r");
      } catch {
        continue; // compacted away by another process since the listing
      }
      const entries = readIndex(fd);
      if (!entries) {
        closeSync(fd);
        rmSync(path, { force: true });
        this.damaged = true;
        continue;
      }
      const pack: Pack = { path, fd, bytes: statSync(path).size };
      this.packs.push(pack);
      for (const [key, offset, crc, lengths] of entries) this.index.set(key, { pack, offset, crc, lengths });
    }
  }

  has(key: string): boolean {
    this.open();
    return this.fresh.has(key) || this.index.has(key);
  }

  /** has(), and keeps the record through a compaction without reading it (an article's sentences, needed only to re-finish it). */
  keep(key: string): boolean {
    if (!this.has(key)) return false;
    this.used.add(key);
    return true;
  }

  /** The record's segments, or undefined when absent or corrupt. `count`: whether it is a hit or a miss (the build's, not the planner's look-ahead). */
  get(key: string, count = true): Buffer[] | undefined {
    this.open();
    // Records written by this run are neither hits nor misses.
    const fresh = this.fresh.get(key);
    if (fresh) return fresh;
    const segments = this.read(key);
    if (!segments) {
      if (count) this.misses++;
      return undefined;
    }
    if (count) this.hits++;
    this.used.add(key);
    return segments;
  }

  private read(key: string): Buffer[] | undefined {
    const slot = this.index.get(key);
    if (!slot) return undefined;
    const total = slot.lengths.reduce((a, b) => a + b, 0);
    const { pack } = slot;
    let buf: Buffer;
    try {
      if (pack.data === undefined) pack.data = pack.bytes <= READ_WHOLE ? readWhole(pack.fd, pack.bytes) : null;
      if (pack.data) buf = pack.data.subarray(slot.offset, slot.offset + total);
      else if (readSync(pack.fd, (buf = Buffer.allocUnsafe(total)), 0, total, slot.offset) !== total) throw new Error("short read");
      if (buf.length !== total || crc32(buf) !== slot.crc) throw new Error("corrupt record");
    } catch {
      this.index.delete(key);
      this.damaged = true;
      return undefined;
    }
    const out: Buffer[] = [];
    let at = 0;
    for (const n of slot.lengths) out.push(buf.subarray(at, (at += n)));
    return out;
  }

  /** Without a folder the store lives in memory for this run only. */
  set(key: string, segments: Segment[]): void {
    this.fresh.set(key, segments.map((s) => (typeof s === "string" ? Buffer.from(s) : Buffer.from(s.buffer, s.byteOffset, s.byteLength))));
    this.used.add(key);
  }

  /**
   * Writes this run's new records as one pack; when packs pile up or are mostly
   * records this run did not use (old versions of changed articles), rewrites
   * the records this run used as a single pack and deletes the others.
   */
  flush(): void {
    if (!this.dir) return this.fresh.clear();
    this.open();
    const total = this.packs.reduce((a, p) => a + p.bytes, 0);
    let live = 0;
    for (const key of this.used) if (!this.fresh.has(key)) live += this.index.get(key)?.lengths.reduce((a, b) => a + b, 0) ?? 0;
    const compact = this.damaged || this.packs.length + (this.fresh.size ? 1 : 0) > MAX_PACKS || (total > 1 << 20 && live < total / 2);
    const records = new Map<string, Buffer[]>(this.fresh);
    if (compact)
      for (const key of this.used) {
        if (records.has(key)) continue;
        const segments = this.read(key);
        if (segments) records.set(key, segments);
      }
    if (records.size) {
      mkdirSync(this.dir, { recursive: true });
      writePack(join(this.dir, `${Date.now().toString(36)}-${randomBytes(6).toString("hex")}.pack`), records);
    }
    this.close();
    if (compact) for (const p of this.packs) rmSync(p.path, { force: true });
    this.packs = [];
    this.index.clear();
    this.fresh.clear();
    this.used.clear();
    this.opened = false;
    this.damaged = false;
  }

  close(): void {
    for (const p of this.packs) {
      try {
        closeSync(p.fd);
      } catch {
        // already closed
      }
    }
  }
}

function readWhole(fd: number, bytes: number): Buffer {
  const buf = Buffer.allocUnsafe(bytes);
  let at = 0;
  while (at < bytes) {
    const n = readSync(fd, buf, at, bytes - at, at);
    if (n === 0) break;
    at += n;
  }
  return buf.subarray(0, at);
}

type IndexEntry = [key: string, offset: number, crc: number, lengths: number[]];

function readIndex(fd: number): IndexEntry[] | null {
  try {
    const head = Buffer.alloc(MAGIC.length + 8);
    if (readSync(fd, head, 0, head.length, 0) !== head.length || !head.subarray(0, MAGIC.length).equals(MAGIC)) return null;
    const length = head.readUInt32LE(MAGIC.length);
    const crc = head.readUInt32LE(MAGIC.length + 4);
    const text = Buffer.allocUnsafe(length);
    if (readSync(fd, text, 0, length, head.length) !== length || crc32(text) !== crc) return null;
    const entries = JSON.parse(text.toString("utf8")) as IndexEntry[];
    const base = head.length + length;
    for (const e of entries) e[1] += base;
    return entries;
  } catch {
    return null;
  }
}

function writePack(path: string, records: Map<string, Buffer[]>): void {
  const entries: IndexEntry[] = [];
  const body: Buffer[] = [];
  let offset = 0;
  for (const [key, segments] of records) {
    const lengths = segments.map((s) => s.length);
    const record = segments.length === 1 ? segments[0]! : Buffer.concat(segments);
    entries.push([key, offset, crc32(record), lengths]);
    body.push(record);
    offset += record.length;
  }
  const index = Buffer.from(JSON.stringify(entries));
  const head = Buffer.alloc(MAGIC.length + 8);
  MAGIC.copy(head);
  head.writeUInt32LE(index.length, MAGIC.length);
  head.writeUInt32LE(crc32(index), MAGIC.length + 4);
  writeAtomic(path, [head, index, ...body]);
}
