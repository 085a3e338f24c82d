import { OPENERS } from "./docstats.js";
import type { DocFeatures } from "./features.js";
import { rows, slotScores, sumRow } from "./groupscores.js";
import { mix } from "./hash.js";
import { N_CLASSES } from "./labels.js";
import { rowBase, type Weights } from "./weights.js";
import { DYN, NEXT, NEXT2, NONE, NONE_WORD, PREV, PREV2, SELF, T } from "./wordfeatures.js";
import type { WordInfo } from "./wordinfo.js";

// Tagging's scores of one token: the same features as training's (features.ts
// sentenceFeatures, model.ts dynamicFeatures, wordfeatures.ts), but a feature whose
// value has a small domain (the previous two classes, gazetteer marks, the document's
// counts) is read from class scores summed once per weights, and the word-alone
// groups from the word's cache (groupscores.ts); the others, which read the token's
// word, are hashed per token. Weights are integers, so the sums are the same
// whatever their order.

const NC: number = N_CLASSES;

/** Per weights: offsets of the summed rows (groupscores.ts) for the small-domain features, made on first use. */
interface Tables {
  /** P1 and P2P1 of (prev2, prev), START = NC included. */
  pair: (number | undefined)[];
  /** Hist, by the history's answer. */
  hist: (number | undefined)[];
  /** Initial, by line case. */
  initial: (number | undefined)[];
  /** Gaz of a token's mark; GazM1 and GazP1 of a neighbour's mask (+ 1: -1 is none). */
  gaz: (number | undefined)[];
  gazM1: (number | undefined)[];
  gazP1: (number | undefined)[];
  /** The four document-evidence features of (line case, capMid, lower, run, initial). */
  doc: (number | undefined)[];
}

const tablesOf = new WeakMap<Weights, Tables>();

function tables(weights: Weights): Tables {
  let t = tablesOf.get(weights);
  if (!t) tablesOf.set(weights, (t = { pair: [], hist: [], initial: [], gaz: [], gazM1: [], gazP1: [], doc: [] }));
  return t;
}

function gazFeatures(m: number): number[] {
  const out: number[] = [];
  for (let b = 0; 1 << b <= m >> 2; b++) if ((m >> 2) & (1 << b)) out.push(mix(T.Gaz, b * 4 + (m & 3)));
  return out;
}

function docFeatures(c: number, capMid: number, lower: number, run: number, initial: number): number[] {
  const out = [mix(T.DocCapMid + c, capMid), mix(T.DocLower + c, lower), mix(T.DocRun + c, run)];
  if (capMid > 0 && lower === 0) out.push(mix(T.DocOnlyCaps + c, initial));
  return out;
}

/** Adds the row at `at` (read after it was made: making a row may move them all). */
function addRow(at: number, scores: Float64Array, classes: Int32Array): void {
  const data = rows.data;
  for (let j = 0; j < classes.length; j++) {
    const c = classes[j]!;
    scores[c]! += data[at + c]!;
  }
}

function addFeature(weights: Weights, f: number, scores: Float64Array, classes: Int32Array): void {
  const base = rowBase(weights, f);
  if (base < 0) return;
  const w = weights.w;
  for (let j = 0; j < classes.length; j++) {
    const c = classes[j]!;
    scores[c]! += w[base + c]!;
  }
}

const ROLE_OFFSET = [0, 0, 0, 0, 0];
ROLE_OFFSET[SELF] = 0;
ROLE_OFFSET[PREV] = -1;
ROLE_OFFSET[NEXT] = 1;
ROLE_OFFSET[PREV2] = -2;
ROLE_OFFSET[NEXT2] = 2;

const counts = new Int32Array(3);

/**
 * Adds token t's scores for `classes` into `scores`: its sentence's tokens are [first, end),
 * the two classes before it prev2 and prev (START = NC), `best` the history's answer.
 */
export function scoreToken(weights: Weights, d: DocFeatures, t: number, first: number, end: number, prev: number, prev2: number, best: number, scores: Float64Array, classes: Int32Array): void {
  const v = d.view!, tb = tables(weights), words = d.words!;
  const caseless = d.caseless![t] === 1, cI = caseless ? 1 : 0;
  for (let role = SELF; role <= NEXT2; role++) {
    const k = t + ROLE_OFFSET[role]!;
    addRow(slotScores(weights, k >= first && k < end ? words[k]! : NONE_WORD, role * 2 + cI), scores, classes);
  }
  const w = words[t]!;
  const pi = prev2 * (NC + 1) + prev;
  addRow((tb.pair[pi] ??= sumRow(weights, [mix(DYN.P1, prev), mix(DYN.P2P1, prev2 * 32 + prev)], false)), scores, classes);
  addRow((tb.hist[best] ??= sumRow(weights, [mix(DYN.Hist, best)], false)), scores, classes);
  addFeature(weights, mix(DYN.P1Low, mix(prev, w.low)), scores, classes);
  addFeature(weights, mix(DYN.P1Short, mix(prev, w.short)), scores, classes);
  addFeature(weights, mix(DYN.HistShort, mix(best, w.short)), scores, classes);
  addSentenceScores(weights, tb, v.sentences[v.sentenceOf[t]!]!, v.position[t]!, v.marksOf(v.sentenceOf[t]!), caseless, d, scores, classes);
}

/** features.ts sentenceFeatures, scored. */
function addSentenceScores(weights: Weights, tb: Tables, s: WordInfo[], k: number, marks: Int32Array, caseless: boolean, d: DocFeatures, scores: Float64Array, classes: Int32Array): void {
  const w = s[k]!, p1 = s[k - 1], n1 = s[k + 1];
  const c = caseless ? T.CASELESS : 0, cI = caseless ? 1 : 0;
  addFeature(weights, mix(T.LowM1Low, mix(p1?.low ?? NONE, w.low)), scores, classes);
  addFeature(weights, mix(T.LowLowP1, mix(w.low, n1?.low ?? NONE)), scores, classes);
  addFeature(weights, mix(T.ShortTri + c, mix(mix(p1?.short ?? NONE, w.short), n1?.short ?? NONE)), scores, classes);
  const initial = k === 0 || OPENERS.has(p1!.lower);
  if (initial) {
    addRow((tb.initial[cI] ??= sumRow(weights, [mix(T.Initial + c, 1)], false)), scores, classes);
    addFeature(weights, mix(T.InitialLow, w.low), scores, classes);
  }
  const m = marks[k]!;
  if (m) addRow((tb.gaz[m] ??= sumRow(weights, gazFeatures(m), false)), scores, classes);
  const m1 = k > 0 ? marks[k - 1]! >> 2 : -1, p = k + 1 < s.length ? marks[k + 1]! >> 2 : -1;
  addRow((tb.gazM1[m1 + 1] ??= sumRow(weights, [mix(T.GazM1, m1)], false)), scores, classes);
  addRow((tb.gazP1[p + 1] ??= sumRow(weights, [mix(T.GazP1, p)], false)), scores, classes);
  if (!w.hasLetter) return;
  d.view!.stats.read(w, counts);
  const capMid = counts[0]!, lower = counts[1]!, run = counts[2]!, ini = initial ? 1 : 0;
  const di = (((cI * 3 + capMid) * 3 + lower) * 8 + run) * 2 + ini;
  addRow((tb.doc[di] ??= sumRow(weights, docFeatures(c, capMid, lower, run, ini), false)), scores, classes);
}
