// Binary searches over offsets in text order: attributions, mentions and line breaks are
// looked up per quote, figure and pronoun, so a long article is not quadratic in them.

/** Index of the first element for which `ok` holds, in an array where it holds for a suffix (binary search). */
export function firstAt<T>(xs: T[], ok: (x: T) => boolean): number {
  let lo = 0, hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ok(xs[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** How many of the sorted offsets lie before `at` (binary search): the paragraph index for newline offsets. */
export function countBefore(sorted: number[], at: number): number {
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
