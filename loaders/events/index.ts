import type { ActorRow, DateRow, Doc, EventRow, ResolvedMention } from "../types.js";

/** PLOVER events of one article (issue 6: not built yet). */
export function extractEvents(
  _doc: Doc,
  _mentions: ResolvedMention[],
  _actors: Map<string, ActorRow>,
  _dates: DateRow[],
): EventRow[] {
  return [];
}
