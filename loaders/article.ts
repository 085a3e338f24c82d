import type { RawArticle } from "./ingest/index.js";
import type { ActorRow, ResolvedMention } from "./types.js";
import { finishEvents } from "./article/events.js";
import { readCandidates } from "./article/names.js";
import { finishFiguresQuotes, type ArticleRows } from "./article/rows.js";
import { readDates, readText, type ArticlePart } from "./article/text.js";

// The two per-article halves of the pipeline, around the one corpus-wide step
// (actor resolution). Each is a pure function of its arguments, so its output
// can be cached by content and computed in a worker thread.
//
// Each half's steps live apart (article/): a worker that runs the tagger and
// the events stage while this thread runs the others (plan/executor.ts)
// loads, and compiles, only its own stages. A step's problems follow the
// order readArticle and finishArticle give them.

export type { ArticlePart } from "./article/text.js";
export type { ArticleRows } from "./article/rows.js";
export { finishEvents, finishFiguresQuotes, readCandidates, readDates, readText };

/** First half: clean, sentences, dates, candidate mentions. `repeated` = the outlet's repeated lines. */
export function readArticle(raw: RawArticle, repeated: Set<string>): ArticlePart {
  const part = readText(raw, repeated);
  readDates(part);
  part.candidates = readCandidates(part.doc, part);
  return part;
}

/** Second half: figures, quotes and events, given this article's resolved mentions. */
export function finishArticle(part: ArticlePart, mentions: ResolvedMention[], actors: Map<string, ActorRow>): ArticleRows {
  const rows = finishFiguresQuotes(part, mentions, actors);
  const events = finishEvents(part, mentions, actors);
  rows.events = events.events;
  rows.problems.push(...events.problems);
  return rows;
}
