// Feature hashing: every feature is a 32-bit integer made from a template id and
// the hashes of the strings it reads, so no feature string is ever built while tagging.

/** FNV-1a over UTF-16 code units. */
export function hashString(s: string): number {
  return hashOn(0x811c9dc5, s, 0, s.length) >>> 0;
}

/** FNV-1a's state `h` carried on over s[from, to): hashString(a + b) is hashOn(hashOn(basis, a…), b…) >>> 0. */
export function hashOn(h: number, s: string, from: number, to: number): number {
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

/**
 * Combines two 32-bit values (murmur3's finaliser over a rotate-xor): order matters.
 * The bits are the hash, returned as a signed 32-bit integer: readers mask it or store
 * it in a Uint32Array, and a small integer needs no number allocated on the heap.
 */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul((b << 13) | (b >>> 19), 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/** mulberry32: a seeded generator, so training shuffles the same way on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
