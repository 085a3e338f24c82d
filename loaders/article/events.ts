import { extractEvents } from "../events/index.js";
import type { ActorRow, EventRow, Problem, ResolvedMention } from "../types.js";
import { guard } from "./guard.js";
import { samplePart } from "./sample.js";
import type { ArticlePart } from "./text.js";

/** The second half's events, given the article's resolved mentions. */
export function finishEvents(part: ArticlePart, mentions: ResolvedMention[], actors: Map<string, ActorRow>): { events: EventRow[]; problems: Problem[] } {
  const sink = { article: part.article, problems: [] as Problem[] };
  return { events: guard(sink, "events", () => extractEvents(part.doc, mentions, actors, part.dates), []), problems: sink.problems };
}

/** The events stage over a made-up article (article/sample.ts), so its tables are built before the first real one. */
export function warmEvents(): void {
  finishEvents(samplePart(), [], new Map());
}
