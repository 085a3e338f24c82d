import { extractQuotes } from "../../loaders/quotes/index.js";
import type { ActorRow, ResolvedMention } from "../../loaders/types.js";
import { doc } from "../figures/helpers.js";

/** The quotes stage's rows for one article of `text`, with the mentions and actors given. */
export const quotes = (text: string, mentions: ResolvedMention[] = [], actors = new Map<string, ActorRow>()) =>
  extractQuotes(doc(text), mentions, actors);

/** A mention of `surface`, the first found at or after `from`. */
export const mention = (text: string, surface: string, actor: string, kind: ResolvedMention["kind"], from = 0): ResolvedMention => {
  const start = text.indexOf(surface, from);
  return { article: "t", actor, start, end: start + surface.length, text: surface, sentence: 0, kind };
};
