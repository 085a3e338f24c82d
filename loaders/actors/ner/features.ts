import { gazetteerMarks } from "./gazetteer.js";
import { mix } from "./hash.js";
import { wordInfo, type WordInfo } from "./wordinfo.js";

// The static features of every token of a document (all but the tags the
// decoder predicts as it goes): the word itself, its neighbours two either
// side, gazetteer membership, sentence position, and evidence from the rest of
// the document. Both CoNLL's tokens and Dossier's own tokens come through here
// as plain word strings, so training and tagging read the same features.

/** Bumped whenever a template changes: a weights file trained on other features is refused. */
export const FEATURE_VERSION = 2;

/** Template ids; in a line whose case says nothing (a headline in capitals or title case) shape templates get CASELESS added. */
const enum T {
  Bias = 1, Word, Low, Shape, Short, Lex, Affix, LowM1, LowP1, LowM2, LowP2, ShortM1, ShortP1, LexM1, LexP1,
  LowM1Low, LowLowP1, ShortTri, Initial, InitialLow, Gaz, GazM1, GazP1, DocCapMid, DocLower, DocRun, DocOnlyCaps,
  CASELESS = 100,
}

export interface DocFeatures {
  /** Features of token k: feats[offsets[k] .. offsets[k + 1]). */
  feats: Uint32Array;
  offsets: Uint32Array;
  /** Per token: hashes the decoder combines with predicted tags. */
  low: Uint32Array;
  short: Uint32Array;
  /** Per token: it starts with a capital (only those feed the document's tag history). */
  cap: Uint8Array;
  /** Index of the first token of each sentence, and the token count at the end. */
  sentenceStarts: number[];
}

const OPENERS = new Set(['"', "“", "‘", "'", "(", "[", "-", "--", ":", "—", "–", "«"]);

/** A line in capitals or in title case: capitals there say nothing about names. */
export function caselessLine(infos: WordInfo[]): boolean {
  let upperOnly = 0, lower = 0, capLong = 0, lowLong = 0;
  for (const w of infos) {
    if (!w.hasLetter) continue;
    if (w.hasLower) lower++;
    else upperOnly++;
    if (w.lower.length >= 4) {
      if (w.cap) capLong++;
      else lowLong++;
    }
  }
  return (upperOnly >= 2 && lower === 0) || (capLong >= 4 && lowLong === 0);
}

interface DocStats {
  capMid: Map<string, number>;
  lower: Map<string, number>;
  /** Lower-cased word → positions it takes in runs of two or more capitalised words (bit 0 first, 1 inside, 2 last). */
  run: Map<string, number>;
}

function docStats(sentences: WordInfo[][], caseless: boolean[]): DocStats {
  const st: DocStats = { capMid: new Map(), lower: new Map(), run: new Map() };
  sentences.forEach((s, si) => {
    if (caseless[si]) return;
    let runStart = -1;
    for (let k = 0; k <= s.length; k++) {
      const w = s[k];
      if (w && w.hasLetter && !w.cap) st.lower.set(w.lower, (st.lower.get(w.lower) ?? 0) + 1);
      if (w && w.cap && k > 0 && !OPENERS.has(s[k - 1]!.lower)) st.capMid.set(w.lower, (st.capMid.get(w.lower) ?? 0) + 1);
      if (w && w.cap && w.hasLetter) {
        if (runStart < 0) runStart = k;
        continue;
      }
      if (runStart >= 0 && k - runStart >= 2)
        for (let j = runStart; j < k; j++) {
          const bit = j === runStart ? 1 : j === k - 1 ? 4 : 2;
          st.run.set(s[j]!.lower, (st.run.get(s[j]!.lower) ?? 0) | bit);
        }
      runStart = -1;
    }
  });
  return st;
}

export function featurizeDoc(sentences: string[][]): DocFeatures {
  const infos = sentences.map((s) => s.map(wordInfo));
  const caseless = infos.map(caselessLine);
  const stats = docStats(infos, caseless);
  const n = sentences.reduce((t, s) => t + s.length, 0);
  const out: number[] = [];
  const offsets = new Uint32Array(n + 1);
  const low = new Uint32Array(n), short = new Uint32Array(n), cap = new Uint8Array(n);
  const sentenceStarts: number[] = [];
  let t = 0;
  infos.forEach((s, si) => {
    sentenceStarts.push(t);
    const marks = gazetteerMarks(s.map((w) => w.lower));
    for (let k = 0; k < s.length; k++, t++) {
      offsets[t] = out.length;
      sentenceFeatures(out, s, k, marks, caseless[si]!, stats);
      low[t] = s[k]!.low;
      short[t] = s[k]!.short;
      cap[t] = s[k]!.cap && s[k]!.hasLetter ? 1 : 0;
    }
  });
  offsets[n] = out.length;
  sentenceStarts.push(n);
  return { feats: Uint32Array.from(out), offsets, low, short, cap, sentenceStarts };
}

const NONE = 0x5bd1e995;

function sentenceFeatures(out: number[], s: WordInfo[], k: number, marks: Int32Array, caseless: boolean, st: DocStats): void {
  const w = s[k]!;
  const p1 = s[k - 1], p2 = s[k - 2], n1 = s[k + 1], n2 = s[k + 2];
  const c = caseless ? T.CASELESS : 0;
  const f = (tid: number, v: number) => out.push(mix(tid, v));
  f(T.Bias, c);
  f(T.Word + c, w.word);
  f(T.Low, w.low);
  f(T.Shape + c, w.shape);
  f(T.Short + c, w.short);
  f(T.Lex, w.lex);
  for (let i = 0; i < 8; i++) if (w.affixes[i]) f(T.Affix + i * 1000, w.affixes[i]!);
  f(T.LowM1, p1?.low ?? NONE);
  f(T.LowP1, n1?.low ?? NONE);
  f(T.LowM2, p2?.low ?? NONE);
  f(T.LowP2, n2?.low ?? NONE);
  f(T.ShortM1 + c, p1?.short ?? NONE);
  f(T.ShortP1 + c, n1?.short ?? NONE);
  f(T.LexM1, p1?.lex ?? NONE);
  f(T.LexP1, n1?.lex ?? NONE);
  f(T.LowM1Low, mix(p1?.low ?? NONE, w.low));
  f(T.LowLowP1, mix(w.low, n1?.low ?? NONE));
  f(T.ShortTri + c, mix(mix(p1?.short ?? NONE, w.short), n1?.short ?? NONE));
  const initial = k === 0 || OPENERS.has(p1!.lower);
  if (initial) {
    f(T.Initial + c, 1);
    f(T.InitialLow, w.low);
  }
  const m = marks[k]!;
  if (m) for (let b = 0; 1 << b <= m >> 2; b++) if ((m >> 2) & (1 << b)) f(T.Gaz, b * 4 + (m & 3));
  f(T.GazM1, k > 0 ? marks[k - 1]! >> 2 : -1);
  f(T.GazP1, k + 1 < s.length ? marks[k + 1]! >> 2 : -1);
  if (!w.hasLetter) return;
  // The same word elsewhere in the document: capitalised mid-sentence, written in lower case, part of a longer name.
  const capMid = st.capMid.get(w.lower) ?? 0, lower = st.lower.get(w.lower) ?? 0;
  f(T.DocCapMid + c, Math.min(capMid, 2));
  f(T.DocLower + c, Math.min(lower, 2));
  f(T.DocRun + c, st.run.get(w.lower) ?? 0);
  if (capMid > 0 && lower === 0) f(T.DocOnlyCaps + c, initial ? 1 : 0);
}
