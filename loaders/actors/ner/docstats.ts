import type { WordInfo } from "./wordinfo.js";

// Evidence from the rest of the document about each token's word: how often the
// same lower-cased word is capitalised mid-sentence, written in lower case, and
// which places it takes in runs of capitalised words. Counted per word in arrays
// indexed by the word's lowId (wordinfo.ts), valid for the document being counted
// by a stamp until the next document is counted.

/** Words after which a capital is a sentence's first (features.ts reads them too). */
export const OPENERS = new Set(['"', "“", "‘", "'", "(", "[", "-", "--", ":", "—", "–", "«"]);

let stamp = 0;
let stamps = new Int32Array(1024);
let counts = new Int32Array(3 * 1024);
/** Words past the ids' bound, counted by their text (one map per document). */
let spill = new Map<string, Int32Array>();

/** The counts of one word in this document, three from `at` in the returned array. */
let at = 0;
function slot(w: WordInfo): Int32Array {
  const id = w.lowId;
  if (id < 0) {
    let c = spill.get(w.lower);
    if (!c) spill.set(w.lower, (c = new Int32Array(3)));
    at = 0;
    return c;
  }
  if (id >= stamps.length) grow(id);
  at = 3 * id;
  if (stamps[id] !== stamp) {
    stamps[id] = stamp;
    counts[at] = counts[at + 1] = counts[at + 2] = 0;
  }
  return counts;
}

function grow(id: number): void {
  let size = stamps.length;
  while (size <= id) size *= 2;
  const s = new Int32Array(size), c = new Int32Array(3 * size);
  s.set(stamps);
  c.set(counts);
  (stamps = s), (counts = c);
}

function newDocument(): void {
  if (++stamp === 0x7fffffff) {
    stamps.fill(0);
    stamp = 1;
  }
  spill = new Map();
}

/**
 * A document's counts, read word by word while its tokens are tagged (features.ts): the
 * arrays are shared, so they answer only until the next document is counted.
 */
export class DocStats {
  private readonly stamp: number;
  private readonly spill: Map<string, Int32Array>;

  constructor(sentences: WordInfo[][], caseless: Uint8Array) {
    newDocument();
    this.stamp = stamp;
    this.spill = spill;
    for (let si = 0; si < sentences.length; si++) if (!caseless[si]) countSentence(sentences[si]!);
  }

  /** Of w's lower-cased word: min(capitalised mid-sentence, 2), min(in lower case, 2), run positions (bit 0 first, 1 inside, 2 last), into out. */
  read(w: WordInfo, out: Int32Array): void {
    if (this.stamp !== stamp) throw new Error("a document's word counts read after the next document was counted");
    const id = w.lowId;
    let c: Int32Array | undefined, i = 0;
    if (id < 0) c = this.spill.get(w.lower);
    else if (id < stamps.length && stamps[id] === stamp) (c = counts), (i = 3 * id);
    out[0] = c ? Math.min(c[i]!, 2) : 0;
    out[1] = c ? Math.min(c[i + 1]!, 2) : 0;
    out[2] = c ? c[i + 2]! : 0;
  }
}

function countSentence(s: WordInfo[]): void {
  let runStart = -1;
  for (let k = 0; k <= s.length; k++) {
    const w = s[k];
    if (w && w.hasLetter && !w.cap) slot(w)[at + 1]!++;
    if (w && w.cap && k > 0 && !OPENERS.has(s[k - 1]!.lower)) slot(w)[at]!++;
    if (w && w.cap && w.hasLetter) {
      if (runStart < 0) runStart = k;
      continue;
    }
    if (runStart >= 0 && k - runStart >= 2)
      for (let j = runStart; j < k; j++) slot(s[j]!)[at + 2]! |= j === runStart ? 1 : j === k - 1 ? 4 : 2;
    runStart = -1;
  }
}
