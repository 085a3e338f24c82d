// Near-duplicate detection for `dossier add`: the same wire story republished
// by another site shares almost all of its word 5-grams, whatever furniture
// each site wraps around it. Containment (shared / smaller set) rather than
// Jaccard, so a copy with an extra comment policy still matches.

const SHINGLE = 5;

export function shingles(text: string): Set<number> {
  const words = text.toLowerCase().normalize("NFKC").match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<number>();
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    // FNV-1a over the 5 words: a 32-bit hash is plenty for one article pair.
    let h = 0x811c9dc5;
    for (let j = i; j < i + SHINGLE; j++) {
      const w = words[j]!;
      for (let k = 0; k < w.length; k++) h = Math.imul(h ^ w.charCodeAt(k), 0x01000193);
      h = Math.imul(h ^ 32, 0x01000193);
    }
    out.add(h >>> 0);
  }
  return out;
}

/** Share of the smaller article's 5-grams found in the other (0–1). */
export function containment(a: Set<number>, b: Set<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let n = 0;
  for (const x of small) if (large.has(x)) n++;
  return n / small.size;
}

export const NEAR_DUPLICATE = 0.8;
