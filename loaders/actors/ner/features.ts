import { gazetteerMarks } from "./gazetteer.js";
import { mix } from "./hash.js";
import { NEXT, NEXT2, NONE, NONE_WORD, PREV, PREV2, pushGroup, SELF, T, type Sink } from "./wordfeatures.js";
import { DocStats, OPENERS } from "./docstats.js";
import { wordInfo, type WordInfo } from "./wordinfo.js";

// The static features of every token of a document (all but the tags the
// decoder predicts as it goes): the word itself, its neighbours two either
// side, gazetteer membership, sentence position, and evidence from the rest of
// the document. Both CoNLL's tokens and Dossier's own tokens come through here
// as plain word strings, so training and tagging read the same features.

/** Bumped whenever a template changes: a weights file trained on other features is refused. */
export const FEATURE_VERSION = 2;

export interface DocFeatures {
  /** Number of tokens. */
  tokens: number;
  /** Training: the static features of token k, all made up front: feats[offsets[k] .. offsets[k + 1]). */
  feats?: Uint32Array;
  offsets?: Uint32Array;
  /**
   * Tagging: what token t's static features read, for the decoder to score them when it
   * asks (tagscore.ts). It skips most tokens (lower-case words outside a name), so most
   * are never scored.
   */
  view?: TaggingView;
  /** Per token: hashes the decoder combines with predicted tags. */
  low: Uint32Array;
  short: Uint32Array;
  /** Per token: it starts with a capital (only those feed the document's tag history). */
  cap: Uint8Array;
  /**
   * Set when the word-alone features (wordfeatures.ts) were left out of feats for the
   * decoder to add from groupScores: each token's word, and whether its line is caseless.
   */
  words?: WordInfo[];
  caseless?: Uint8Array;
  /** Index of the first token of each sentence, and the token count at the end. */
  sentenceStarts: number[];
}


/** Each token's sentence and place in it, a sentence's gazetteer marks (made on first use) and the document's counts. */
export interface TaggingView {
  sentences: WordInfo[][];
  sentenceOf: Uint32Array;
  position: Uint32Array;
  marksOf: (si: number) => Int32Array;
  stats: DocStats;
}

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

/** A growable Uint32Array: features stay unboxed 32-bit integers (a number[] boxes those over 2^30). */
export class FeatureBuffer {
  data = new Uint32Array(4096);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const grown = new Uint32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = v;
  }
}

/** `grouped`: leave the word-alone features to the decoder's cache and the others to `staticAt` (tagging); training wants them all. */
export function featurizeDoc(sentences: string[][], grouped = false): DocFeatures {
  return featurizeWords(sentences.map((s) => s.map(wordInfo)), grouped);
}

/** featurizeDoc on words already read (wordinfo.ts). */
export function featurizeWords(infos: WordInfo[][], grouped = false): DocFeatures {
  // Per sentence, 1 when its line is caseless: a typed array keeps one shape whatever the document.
  const caseless = new Uint8Array(infos.length);
  for (let si = 0; si < infos.length; si++) caseless[si] = caselessLine(infos[si]!) ? 1 : 0;
  const n = infos.reduce((t, s) => t + s.length, 0);
  const stats = new DocStats(infos, caseless);
  const low = new Uint32Array(n), short = new Uint32Array(n), cap = new Uint8Array(n);
  const sentenceStarts: number[] = [];
  let t = 0;
  infos.forEach((s) => {
    sentenceStarts.push(t);
    for (let k = 0; k < s.length; k++, t++) {
      low[t] = s[k]!.low;
      short[t] = s[k]!.short;
      cap[t] = s[k]!.cap && s[k]!.hasLetter ? 1 : 0;
    }
  });
  sentenceStarts.push(n);
  const d: DocFeatures = { tokens: n, low, short, cap, sentenceStarts };
  if (grouped) Object.assign(d, lazyFeatures(infos, caseless, stats, n));
  else Object.assign(d, allFeatures(infos, caseless, stats, n));
  return d;
}

/** Every token's features, word-alone ones included, in one buffer (training). */
function allFeatures(infos: WordInfo[][], caseless: Uint8Array, stats: DocStats, n: number): Pick<DocFeatures, "feats" | "offsets"> {
  const out = new FeatureBuffer();
  const offsets = new Uint32Array(n + 1);
  let t = 0;
  infos.forEach((s, si) => {
    const marks = gazetteerMarks(s);
    for (let k = 0; k < s.length; k++, t++) {
      offsets[t] = out.length;
      wordAloneFeatures(out, s, k, caseless[si] === 1);
      sentenceFeatures(out, s, k, marks, caseless[si] === 1, stats);
    }
  });
  offsets[n] = out.length;
  return { feats: out.data.subarray(0, out.length), offsets };
}

/** Tagging: each token's word and line case, and what its static features read (a sentence's gazetteer marks once). */
function lazyFeatures(infos: WordInfo[][], caseless: Uint8Array, stats: DocStats, n: number): Pick<DocFeatures, "words" | "caseless" | "view"> {
  const words: WordInfo[] = [];
  const caselessTok = new Uint8Array(n);
  const sentenceOf = new Uint32Array(n), position = new Uint32Array(n);
  let t = 0;
  infos.forEach((s, si) => {
    for (let k = 0; k < s.length; k++, t++) {
      words.push(s[k]!);
      caselessTok[t] = caseless[si]!;
      sentenceOf[t] = si;
      position[t] = k;
    }
  });
  const marks: (Int32Array | undefined)[] = new Array(infos.length);
  const marksOf = (si: number) => (marks[si] ??= gazetteerMarks(infos[si]!));
  return { words, caseless: caselessTok, view: { sentences: infos, sentenceOf, position, marksOf, stats } };
}

function wordAloneFeatures(out: Sink, s: WordInfo[], k: number, caseless: boolean): void {
  pushGroup(out, SELF, s[k]!, caseless);
  pushGroup(out, PREV, s[k - 1] ?? NONE_WORD, caseless);
  pushGroup(out, NEXT, s[k + 1] ?? NONE_WORD, caseless);
  pushGroup(out, PREV2, s[k - 2] ?? NONE_WORD, caseless);
  pushGroup(out, NEXT2, s[k + 2] ?? NONE_WORD, caseless);
}

/** The features that read a word with its neighbours, its gazetteer marks and the rest of the document. */
const counts = new Int32Array(3);

function sentenceFeatures(out: Sink, s: WordInfo[], k: number, marks: Int32Array, caseless: boolean, st: DocStats): void {
  const w = s[k]!;
  const p1 = s[k - 1], n1 = s[k + 1];
  const c = caseless ? T.CASELESS : 0;
  out.push(mix(T.LowM1Low, mix(p1?.low ?? NONE, w.low)));
  out.push(mix(T.LowLowP1, mix(w.low, n1?.low ?? NONE)));
  out.push(mix(T.ShortTri + c, mix(mix(p1?.short ?? NONE, w.short), n1?.short ?? NONE)));
  const initial = k === 0 || OPENERS.has(p1!.lower);
  if (initial) {
    out.push(mix(T.Initial + c, 1));
    out.push(mix(T.InitialLow, w.low));
  }
  const m = marks[k]!;
  if (m) for (let b = 0; 1 << b <= m >> 2; b++) if ((m >> 2) & (1 << b)) out.push(mix(T.Gaz, b * 4 + (m & 3)));
  out.push(mix(T.GazM1, k > 0 ? marks[k - 1]! >> 2 : -1));
  out.push(mix(T.GazP1, k + 1 < s.length ? marks[k + 1]! >> 2 : -1));
  if (!w.hasLetter) return;
  // The same word elsewhere in the document: capitalised mid-sentence, written in lower case, part of a longer name.
  st.read(w, counts);
  const capMid = counts[0]!, lower = counts[1]!;
  out.push(mix(T.DocCapMid + c, capMid));
  out.push(mix(T.DocLower + c, lower));
  out.push(mix(T.DocRun + c, counts[2]!));
  if (capMid > 0 && lower === 0) out.push(mix(T.DocOnlyCaps + c, initial ? 1 : 0));
}
