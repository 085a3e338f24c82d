// An article's line keys kept as 64-bit hashes (12 characters each) in its
// `d:` record, so a rebuild counts an outlet's repeated lines and finds which
// of an article's lines they are (its part key) without reading the articles
// again. Not a cryptographic hash: two distinct keys of one outlet share a hash
// with odds of about n² / 2⁶⁵ (n keys: 10⁻¹⁰ at 40,000), and would then be
// taken as one repeated line. Hand-written
// because it runs on every line of a cold run and must be fast and synchronous,
// where node:crypto pays a call's overhead per line.

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
export const HASH_WIDTH = 12;

const fmix = (h: number) => {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
};

const six = (h: number) => {
  let out = "";
  for (let i = 0; i < 6; i++, h = Math.floor(h / 64)) out += ALPHABET[h % 64];
  return out;
};

/** Two independent 32-bit hashes of the key's UTF-16 code units (FNV-1a and a multiply-xorshift), mixed, as 12 characters. */
export function lineHash(key: string): string {
  let a = 0x811c9dc5;
  let b = 0x9747b28c ^ key.length;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return six(fmix(a >>> 0)) + six(fmix(b >>> 0));
}

/** The distinct hashes of an article's line keys. */
export const lineHashes = (keys: readonly string[]): string[] => [...new Set(keys.map(lineHash))];

/** The same, concatenated (a `d:` record). */
export const hashLines = (keys: readonly string[]): string => lineHashes(keys).join("");

/** A `d:` record's hashes, one by one. */
export function splitHashes(lines: string): string[] {
  const out: string[] = [];
  for (let at = 0; at + HASH_WIDTH <= lines.length; at += HASH_WIDTH) out.push(lines.slice(at, at + HASH_WIDTH));
  return out;
}
