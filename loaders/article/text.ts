import type { Candidate } from "../actors/candidate.js";
import { cleanArticle } from "../clean/index.js";
import { extractDates } from "../dates/index.js";
import type { RawArticle } from "../ingest/index.js";
import { splitSentences } from "../text/sentences.js";
import { countWords } from "../text/words.js";
import type { ArticleRow, DateRow, Doc, Problem, Sentence } from "../types.js";
import { guard } from "./guard.js";

/** An article read, cleaned, split and tagged: everything that needs no other article. */
export interface ArticlePart {
  article: ArticleRow;
  doc: Doc;
  dates: DateRow[];
  candidates: Candidate[];
  problems: Problem[];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** "2024-02-30" has the shape but no such day: Date rolls it over to March (or gives NaN for month 13), so compare. */
function isCalendarDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** The first half up to the text: the article row and its sentences; no dates or candidates yet. */
export function readText(raw: RawArticle, repeated: Set<string>): ArticlePart {
  const problems: Problem[] = (raw.warnings ?? []).map((message) => ({ file: raw.file, level: "warning" as const, message }));
  let clean: ReturnType<typeof cleanArticle>;
  try {
    clean = cleanArticle(raw, { repeated });
  } catch (e) {
    // A bug in cleaning must not lose the article either: keep its text as read, say so.
    problems.push({ file: raw.file, level: "error", message: `clean stage failed on article "${raw.id}": ${(e as Error).message}; text kept uncleaned` });
    clean = { text: raw.content, boilerplate: [], title: raw.meta?.title ?? null, byline: raw.meta?.byline ?? null };
  }
  let published = raw.meta?.published ?? null;
  if (published && !DATE.test(published)) {
    problems.push({ file: raw.file, level: "warning", message: `published "${published}" is not YYYY-MM-DD; left null` });
    published = null;
  } else if (published && !isCalendarDate(published)) {
    problems.push({ file: raw.file, level: "warning", message: `published "${published}" is not a calendar date; left null` });
    published = null;
  } else if (published && published > new Date().toISOString().slice(0, 10)) {
    // Kept (a typo is the reporter's to fix), but relative dates resolve against it, so say so.
    problems.push({ file: raw.file, level: "warning", message: `published "${published}" is in the future` });
  }
  if (!published) problems.push({ file: raw.file, level: "warning", message: "no publication date; relative dates are left unresolved" });
  const article: ArticleRow = {
    id: raw.id,
    file: raw.file,
    sha256: raw.sha256,
    title: clean.title,
    outlet: raw.meta?.outlet ?? null,
    url: raw.meta?.url ?? null,
    published,
    byline: clean.byline,
    language: raw.meta?.language ?? null,
    text: clean.text,
    words: countWords(clean.text),
    boilerplate: clean.boilerplate,
  };
  const sentences = splitSentences(clean.text);
  for (const s of sentences) if (clean.headlineEnd && s.end <= clean.headlineEnd) s.headline = true;
  markData(sentences, clean.dataSpans ?? []);
  const doc: Doc = { id: raw.id, text: clean.text, published, sentences };
  return { article, doc, dates: [], candidates: [], problems };
}

/** The first half's date rows. */
export function readDates(part: ArticlePart): void {
  part.dates = guard(part, "dates", () => extractDates(part.doc), []);
}

/** Sentences inside the cleaner's data lines (a table's rows, a dateline) marked `data`; both lists are in text order. */
function markData(sentences: Sentence[], spans: [number, number][]): void {
  let k = 0;
  for (const s of sentences) {
    while (k < spans.length && spans[k]![1] < s.end) k++;
    if (k < spans.length && s.start >= spans[k]![0] && s.end <= spans[k]![1]) s.data = true;
  }
}
