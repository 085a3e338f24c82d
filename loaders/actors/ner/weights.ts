// The weights' shape on its own, so the decoder (model.ts) and the per-word scores
// it caches (groupscores.ts) can both name it without importing each other.

export interface Weights {
  /** log2 of the number of feature buckets. */
  bits: number;
  /** Bucket-major: weight of class c for bucket b at b * N_CLASSES + c. */
  w: Float32Array | Int16Array;
  /** What one unit of w is worth (1 for float weights). */
  scale: number;
  /**
   * One bit per bucket, set when any of its weights is not zero: most features of
   * unseen text (rare words, new word pairs) land in empty buckets, and this 64 kB
   * bitset answers that from the cache where the weights themselves would miss it.
   */
  live?: Uint8Array;
}
