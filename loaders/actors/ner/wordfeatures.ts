import { mix } from "./hash.js";
import type { WordInfo } from "./wordinfo.js";

// Feature templates, and the features that read one word alone in one role: the
// word itself, or as the word before or after another. Those groups depend on
// nothing else, so the tagger scores each (word, role) once and reuses the sums
// (groupscores.ts), while training sees them as plain features.

/** Template ids; in a line whose case says nothing (a headline in capitals or title case) shape templates get CASELESS added. */
export const T = {
  Bias: 1, Word: 2, Low: 3, Shape: 4, Short: 5, Lex: 6, Affix: 7, LowM1: 8, LowP1: 9, LowM2: 10, LowP2: 11, ShortM1: 12, ShortP1: 13,
  LexM1: 14, LexP1: 15, LowM1Low: 16, LowLowP1: 17, ShortTri: 18, Initial: 19, InitialLow: 20, Gaz: 21, GazM1: 22, GazP1: 23,
  DocCapMid: 24, DocLower: 25, DocRun: 26, DocOnlyCaps: 27, CASELESS: 100,
} as const;

/** Template ids of the features made from predicted tags (model.ts), beside the static ones. */
export const DYN = { P1: 501, P2P1: 502, P1Low: 503, P1Short: 504, Hist: 505, HistShort: 506 } as const;

/** The hash that stands for a missing neighbour (before the first word, after the last). */
export const NONE = 0x5bd1e995;
export const NONE_WORD: WordInfo = { text: "", lower: "", word: NONE, low: NONE, shape: NONE, short: NONE, lex: NONE, affixes: [], cap: false, hasLower: false, hasLetter: false, gaz: 0, lowId: -1, groups: null, scoredBy: null };

/** Roles a word plays for the token being tagged. */
export const SELF = 0, PREV = 1, NEXT = 2, PREV2 = 3, NEXT2 = 4;
export const ROLES = 5;

export interface Sink {
  push(v: number): void;
}

/** The features word `w` gives in `role` (NONE_WORD for a missing neighbour). */
export function pushGroup(out: Sink, role: number, w: WordInfo, caseless: boolean): void {
  const c = caseless ? T.CASELESS : 0;
  switch (role) {
    case SELF:
      out.push(mix(T.Bias, c));
      out.push(mix(T.Word + c, w.word));
      out.push(mix(T.Low, w.low));
      out.push(mix(T.Shape + c, w.shape));
      out.push(mix(T.Short + c, w.short));
      out.push(mix(T.Lex, w.lex));
      for (let i = 0; i < 8; i++) if (w.affixes[i]) out.push(mix(T.Affix + i * 1000, w.affixes[i]!));
      return;
    case PREV:
      out.push(mix(T.LowM1, w.low));
      out.push(mix(T.ShortM1 + c, w.short));
      out.push(mix(T.LexM1, w.lex));
      return;
    case NEXT:
      out.push(mix(T.LowP1, w.low));
      out.push(mix(T.ShortP1 + c, w.short));
      out.push(mix(T.LexP1, w.lex));
      return;
    case PREV2:
      out.push(mix(T.LowM2, w.low));
      return;
    case NEXT2:
      out.push(mix(T.LowP2, w.low));
  }
}
