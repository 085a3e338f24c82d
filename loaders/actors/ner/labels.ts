// BILOU encoding of the four CoNLL types: class 0 is O, then for each type
// B(egin), I(nside), L(ast), U(nit-length). BILOU lets the model learn where a
// name ends, which IOB leaves to the next token.

export const TYPES = ["PER", "ORG", "LOC", "MISC"] as const;
export type NerType = (typeof TYPES)[number];
export const N_CLASSES = 1 + TYPES.length * 4;

export interface Span {
  /** Token range [a, b) within the sequence. */
  a: number;
  b: number;
  type: NerType;
}

const B = 0, I = 1, L = 2, U = 3;
const cls = (t: number, part: number) => 1 + t * 4 + part;
const typeOf = (c: number) => (c - 1) >> 2;
const partOf = (c: number) => (c - 1) & 3;

/** Tags that may follow `prev` (-1 at a sequence start): inside a name only I or L of its type. */
export function allowedAfter(prev: number): boolean[] {
  const open = prev > 0 && (partOf(prev) === B || partOf(prev) === I);
  return Array.from({ length: N_CLASSES }, (_, c) => {
    if (open) return c > 0 && typeOf(c) === typeOf(prev) && (partOf(c) === I || partOf(c) === L);
    return c === 0 || partOf(c) === B || partOf(c) === U;
  });
}

/** ALLOWED[prev + 1][c]: precomputed for the decoder's inner loop. */
export const ALLOWED: boolean[][] = Array.from({ length: N_CLASSES + 1 }, (_, p) => allowedAfter(p - 1));

export function tagsFromSpans(n: number, spans: Span[]): Uint8Array {
  const tags = new Uint8Array(n);
  for (const s of spans) {
    const t = TYPES.indexOf(s.type);
    if (s.b - s.a === 1) tags[s.a] = cls(t, U);
    else {
      tags[s.a] = cls(t, B);
      for (let k = s.a + 1; k < s.b - 1; k++) tags[k] = cls(t, I);
      tags[s.b - 1] = cls(t, L);
    }
  }
  return tags;
}

/** Spans from tags[from, to), tolerant of broken sequences (a B never closed ends where its type stops); offsets from `from`. */
export function spansFromTags(all: ArrayLike<number>, from = 0, to = all.length): Span[] {
  const out: Span[] = [];
  const n = to - from;
  let a = -1, type = -1;
  const close = (b: number) => {
    if (a >= 0) out.push({ a, b, type: TYPES[type]! });
    a = -1;
    type = -1;
  };
  for (let k = 0; k < n; k++) {
    const c = all[from + k]!;
    if (c === 0) {
      close(k);
      continue;
    }
    const t = typeOf(c), p = partOf(c);
    if (p === B || p === U || t !== type) {
      close(k);
      a = k;
      type = t;
    }
    if (p === L || p === U) close(k + 1);
  }
  close(n);
  return out;
}

/** The type a class belongs to, or -1 for O. */
export function classType(c: number): number {
  return c === 0 ? -1 : typeOf(c);
}
