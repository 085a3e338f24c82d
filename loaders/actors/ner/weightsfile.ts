import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gunzipSync, gzipSync } from "node:zlib";
import { FEATURE_VERSION } from "./features.js";
import { N_CLASSES, TYPES } from "./labels.js";
import { compact, rankOf, type Weights } from "./weights.js";

// The committed weights: a one-line JSON header, then the bitset of live buckets
// (uint32, little-endian) and the rows of those buckets only, as int16 in units of
// `scale` (weights.ts), the whole file gzip'd. That is the layout the decoder reads,
// so loading is one gunzip and two copies. int16 keeps the ranking of scores; float32
// would double the file.

export const DEFAULT_WEIGHTS = fileURLToPath(new URL("./weights.bin.gz", import.meta.url));
const MAGIC = "dossier-ner";

interface Header {
  magic: string;
  featureVersion: number;
  bits: number;
  classes: number;
  types: readonly string[];
  scale: number;
  /** Live buckets: the rows that follow the bitset. */
  rows: number;
}

/** A weights file that is missing, unreadable or made for other features: nothing can be tagged. */
export class WeightsError extends Error {}

export function quantise(weights: Weights): Weights & { w: Int16Array } {
  let max = 0;
  for (const x of weights.w) max = Math.max(max, Math.abs(x));
  const scale = max / 32767 || 1;
  const q = new Int16Array(weights.w.length);
  for (let i = 0; i < q.length; i++) q[i] = Math.round(weights.w[i]! / scale);
  return { bits: weights.bits, w: q, scale };
}

export function saveWeights(path: string, weights: Weights): void {
  const c = weights.live ? weights : compact(weights.w instanceof Int16Array ? { ...weights, w: weights.w } : quantise(weights));
  const rows = c.w.length / N_CLASSES;
  const header: Header = { magic: MAGIC, featureVersion: FEATURE_VERSION, bits: c.bits, classes: N_CLASSES, types: TYPES, scale: c.scale, rows };
  const bytes = (a: Uint32Array | Int16Array | Float32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  writeFileSync(path, gzipSync(Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), bytes(c.live!), bytes(c.w)]), { level: 9 }));
}

export function loadWeights(path: string = DEFAULT_WEIGHTS): Weights {
  const fail = (what: string): never => {
    throw new WeightsError(`${path}: ${what}; run \`npm run train\` to make it`);
  };
  if (!existsSync(path)) fail("the name tagger's weights file is missing");
  let raw: Buffer;
  try {
    raw = gunzipSync(readFileSync(path));
  } catch (e) {
    return fail(`the name tagger's weights file is corrupt (${(e as Error).message})`);
  }
  const nl = raw.indexOf(10);
  let header: Header | undefined;
  try {
    header = JSON.parse(raw.subarray(0, nl).toString("utf8")) as Header;
  } catch {
    header = undefined;
  }
  if (!header || header.magic !== MAGIC) return fail("not a name tagger weights file");
  if (header.featureVersion !== FEATURE_VERSION || header.classes !== N_CLASSES || header.types.join() !== TYPES.join())
    fail(`the weights were trained for other features (version ${header.featureVersion}, this code reads ${FEATURE_VERSION})`);
  if (!Number.isInteger(header.rows)) fail("the weights file is in an older layout");
  const liveBytes = Math.ceil((1 << header.bits) / 32) * 4;
  const bytes = raw.subarray(nl + 1);
  if (bytes.length !== liveBytes + header.rows * N_CLASSES * 2) fail(`the weights file is truncated (${bytes.length} bytes of weights)`);
  // Copied into aligned buffers: typed arrays need offsets that are multiples of their element size.
  const live = new Uint32Array(liveBytes / 4);
  new Uint8Array(live.buffer).set(bytes.subarray(0, liveBytes));
  const w = new Int16Array(header.rows * N_CLASSES);
  new Uint8Array(w.buffer).set(bytes.subarray(liveBytes));
  const rank = rankOf(live);
  const last = live.length - 1;
  if (rank[last]! + popcountOf(live[last]!) !== header.rows) fail("the name tagger's weights file is corrupt (live buckets and rows disagree)");
  return { bits: header.bits, w, scale: header.scale, live, rank };
}

function popcountOf(x: number): number {
  let n = 0;
  for (; x; x &= x - 1) n++;
  return n;
}
