// Span tests withTaggedNames (tagged.ts) asks of every name and candidate of an
// article, answered from the spans' order instead of by comparing every pair.

interface Span {
  start: number;
  end: number;
}

/** The spans not strictly inside another, in their order. Spans in order and apart (the tagger's, unless one grew) contain none. */
export function outermost<T extends Span>(spans: T[]): T[] {
  let apart = true;
  for (let i = 0; i < spans.length && apart; i++) apart = spans[i]!.start < spans[i]!.end && (i === 0 || spans[i - 1]!.end <= spans[i]!.start);
  const out: T[] = [];
  for (const s of spans) if (apart || !spans.some((o) => o !== s && o.start <= s.start && s.end <= o.end && (o.start < s.start || s.end < o.end))) out.push(s);
  return out;
}

/** The first of the spans with the same start and end as `x`, found by start. */
export class ByStart<T extends Span> {
  private readonly at = new Map<number, T[]>();

  constructor(spans: T[]) {
    for (const s of spans) {
      const list = this.at.get(s.start);
      if (list) list.push(s);
      else this.at.set(s.start, [s]);
    }
  }

  same(x: Span): T | undefined {
    const list = this.at.get(x.start);
    if (list) for (const s of list) if (s.end === x.end) return s;
    return undefined;
  }
}

/** Whether a span overlaps any of `spans`: a binary search when they are sorted by start. */
export class Overlaps {
  private readonly maxEnd: number[] | null = [];

  constructor(private readonly spans: Span[]) {
    let max = -Infinity;
    for (let i = 0; i < spans.length; i++) {
      if (i > 0 && spans[i - 1]!.start > spans[i]!.start) {
        this.maxEnd = null;
        return;
      }
      this.maxEnd!.push((max = Math.max(max, spans[i]!.end)));
    }
  }

  any(x: Span): boolean {
    const spans = this.spans, maxEnd = this.maxEnd;
    if (!maxEnd) return spans.some((c) => c.start < x.end && x.start < c.end);
    // The spans starting before x ends are a prefix; one of them reaches past x's start when the longest does.
    let lo = 0, hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid]!.start < x.end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && maxEnd[lo - 1]! > x.start;
  }
}
