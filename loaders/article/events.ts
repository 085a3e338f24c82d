import { extractEvents } from "../events/index.js";
import type { ActorRow, EventRow, Problem, ResolvedMention } from "../types.js";
import { guard } from "./guard.js";
import type { ArticlePart } from "./text.js";

/** The second half's events, given the article's resolved mentions. */
export function finishEvents(part: ArticlePart, mentions: ResolvedMention[], actors: Map<string, ActorRow>): { events: EventRow[]; problems: Problem[] } {
  const sink = { article: part.article, problems: [] as Problem[] };
  return { events: guard(sink, "events", () => extractEvents(part.doc, mentions, actors, part.dates), []), problems: sink.problems };
}
