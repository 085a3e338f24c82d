import { extractFigures } from "../figures/index.js";
import { extractQuotes } from "../quotes/index.js";
import type { ActorRow, EventRow, FigureRow, Problem, QuoteRow, ResolvedMention } from "../types.js";
import { guard } from "./guard.js";
import type { ArticlePart } from "./text.js";

/** The rows that need the corpus-wide actor ids. */
export interface ArticleRows {
  figures: FigureRow[];
  quotes: QuoteRow[];
  events: EventRow[];
  problems: Problem[];
}

/** The second half without events (`events` left empty). */
export function finishFiguresQuotes(part: ArticlePart, mentions: ResolvedMention[], actors: Map<string, ActorRow>): ArticleRows {
  const rows: ArticleRows = { figures: [], quotes: [], events: [], problems: [] };
  const sink = { article: part.article, problems: rows.problems };
  rows.figures = guard(sink, "figures", () => extractFigures(part.doc, mentions, actors), []);
  rows.quotes = guard(sink, "quotes", () => extractQuotes(part.doc, mentions, actors), []);
  return rows;
}
