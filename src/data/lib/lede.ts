// The opening words of an article, the stand-in title the pages show for an
// article sources.csv gives no title (src/components/queries.js shownTitleSQL):
// the same cut as the Sources page's SQL (LEDE_FROM_TEXT), its first words split at whitespace.
import { LEDE_WORDS, STAND_IN } from "../../components/queries.js";

export function lede(text: string | null | undefined): string | null {
  const words = (text ?? "").trim().split(/\s+/).filter(Boolean).slice(0, LEDE_WORDS);
  return words.length ? words.join(" ") : null;
}

/** The articles rows with their `lede`, for the report's articles.arrow and the build's snapshots. */
export function withLedes<T extends { text?: string | null }>(articles: readonly T[]): (T & { lede: string | null })[] {
  return articles.map((a) => ({ ...a, lede: lede(a.text) }));
}

/** The title the pages show (queries.js shownTitleSQL): sources.csv's, else the marked lede, else the id. */
export function shownTitle(a: { id: string; title?: string | null; text?: string | null }): string {
  const opening = lede(a.text);
  return a.title?.trim() || (opening ? `${STAND_IN} ${opening}…` : a.id);
}
