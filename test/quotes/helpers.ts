import { extractQuotes } from "../../loaders/quotes/index.js";
import { slug } from "../../loaders/text/ids.js";
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

/** Quotes of `text` with every listed surface resolved to a person actor named by the first surface of its group. */
export function quotesWith(text: string, people: string[][] = []) {
  const actors = new Map<string, ActorRow>();
  const mentions: ResolvedMention[] = [];
  for (const [name, ...aliases] of people) {
    const id = slug(name!);
    actors.set(id, { id, name: name!, kind: "person", aliases, country: null, role: null, mentions: 0, articles: 1 });
    for (const surface of [name!, ...aliases]) {
      for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
        const before = text[at - 1], after = text[at + surface.length];
        if ((before && /\w/.test(before)) || (after && /\w/.test(after))) continue;
        if (mentions.some((m) => m.start <= at && at < m.end)) continue;
        mentions.push({ article: "t", actor: id, start: at, end: at + surface.length, text: surface, sentence: 0, kind: "person" });
      }
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  return extractQuotes(doc(text), mentions, actors);
}
