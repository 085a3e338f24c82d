import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gunzipSync, gzipSync } from "node:zlib";
import { FEATURE_VERSION } from "./features.js";
import { N_CLASSES, TYPES } from "./labels.js";
import { liveBuckets, type Weights } from "./model.js";

// The committed weights: a one-line JSON header, then the weights as int16
// (little-endian) in units of `scale`, the whole file gzip'd (most buckets of
// rare classes are zero). int16 keeps the ranking of scores; float32 would double the file.

export const DEFAULT_WEIGHTS = fileURLToPath(new URL("./weights.bin.gz", import.meta.url));
const MAGIC = "dossier-ner";

interface Header {
  magic: string;
  featureVersion: number;
  bits: number;
  classes: number;
  types: readonly string[];
  scale: number;
}

/** A weights file that is missing, unreadable or made for other features: nothing can be tagged. */
export class WeightsError extends Error {}

export function quantise(weights: Weights): Weights {
  let max = 0;
  for (const x of weights.w) max = Math.max(max, Math.abs(x));
  const scale = max / 32767 || 1;
  const q = new Int16Array(weights.w.length);
  for (let i = 0; i < q.length; i++) q[i] = Math.round(weights.w[i]! / scale);
  return { bits: weights.bits, w: q, scale };
}

export function saveWeights(path: string, weights: Weights): void {
  const q = weights.w instanceof Int16Array ? weights : quantise(weights);
  const header: Header = { magic: MAGIC, featureVersion: FEATURE_VERSION, bits: q.bits, classes: N_CLASSES, types: TYPES, scale: q.scale };
  const body = Buffer.from(q.w.buffer, q.w.byteOffset, q.w.byteLength);
  writeFileSync(path, gzipSync(Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), body]), { level: 9 }));
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
  const bytes = raw.subarray(nl + 1);
  if (bytes.length !== (1 << header.bits) * N_CLASSES * 2) fail(`the weights file is truncated (${bytes.length} bytes of weights)`);
  // Copied into an aligned buffer: Int16Array needs an even byte offset.
  const w = new Int16Array(bytes.length / 2);
  new Uint8Array(w.buffer).set(bytes);
  const weights: Weights = { bits: header.bits, w, scale: header.scale };
  weights.live = liveBuckets(weights);
  return weights;
}
