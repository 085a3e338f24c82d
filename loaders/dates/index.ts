import type { DateRow, Doc } from "../types.js";

/** Date expressions of one article, resolved against `published` (issue 5: not built yet). */
export function extractDates(_doc: Doc): DateRow[] {
  return [];
}
