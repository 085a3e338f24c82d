import type { ActorRow, Doc, QuoteRow, ResolvedMention } from "../types.js";

/** Quotations of one article (issue 5: not built yet). */
export function extractQuotes(_doc: Doc, _mentions: ResolvedMention[], _actors: Map<string, ActorRow>): QuoteRow[] {
  return [];
}
