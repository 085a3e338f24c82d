import type { RawArticle } from "../ingest/index.js";

export interface CleanResult {
  /** The body every other table points into. */
  text: string;
  /** Removed lines, verbatim. */
  boilerplate: string[];
  title: string | null;
  byline: string | null;
}

/**
 * Separates the story from page furniture. Until the boilerplate classifier
 * lands (issue 3) the text is kept whole: nothing is removed, nothing invented.
 */
export function cleanArticle(article: RawArticle, _context: { repeated?: Set<string> } = {}): CleanResult {
  const text = article.content.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  return { text, boilerplate: [], title: article.meta?.title ?? null, byline: article.meta?.byline ?? null };
}

/** Lines seen in more than one article of the same outlet (site furniture). */
export function repeatedLines(_contents: string[]): Set<string> {
  return new Set();
}
