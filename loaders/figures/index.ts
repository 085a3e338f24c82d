import type { ActorRow, Doc, FigureRow, ResolvedMention } from "../types.js";

/** Quantities of one article (issue 5: not built yet). */
export function extractFigures(_doc: Doc, _mentions: ResolvedMention[], _actors: Map<string, ActorRow>): FigureRow[] {
  return [];
}
