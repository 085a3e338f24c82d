import type { WordInfo } from "./wordinfo.js";

// Evidence from the rest of the document about each token's word: how often the
// same lower-cased word is capitalised mid-sentence, written in lower case, and
// which places it takes in runs of capitalised words. Counted per word in arrays
// indexed by the word's lowId (wordinfo.ts), valid for the document being counted
// by a stamp, and read out per token before the next document is counted.

/** Per token, of its lower-cased word in the document: min(capitalised mid-sentence, 2), min(in lower case, 2), run positions (bit 0 first, 1 inside, 2 last). */
export interface DocStats {
  capMid: Uint8Array;
  lower: Uint8Array;
  run: Uint8Array;
}

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

export function docStats(sentences: WordInfo[][], caseless: boolean[], n: number): DocStats {
  newDocument();
  sentences.forEach((s, si) => {
    if (caseless[si]) return;
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
  });
  const st: DocStats = { capMid: new Uint8Array(n), lower: new Uint8Array(n), run: new Uint8Array(n) };
  let t = 0;
  for (const s of sentences)
    for (const w of s) {
      const c = slot(w);
      st.capMid[t] = Math.min(c[at]!, 2);
      st.lower[t] = Math.min(c[at + 1]!, 2);
      st.run[t++] = c[at + 2]!;
    }
  return st;
}
