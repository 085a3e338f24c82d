import type { RawArticle } from "../ingest/index.js";
import { finishLabel, outletPatterns, paragraphFeatures, stopwordShare, type Context, type Features } from "./classify.js";
import { isDataLine } from "./datalines.js";
import { continuesTable, dataRuns, isRowBeside } from "./dataruns.js";
import { isHeadlineLike, isTitleCaseHeadline, isTitleLine, stripSiteLabel } from "./headline.js";
import { splitParagraphs, type Paragraph } from "./paragraphs.js";
import { lineKey, ownRepeated, repeatedLines } from "./repeated.js";

export { lineKey, ownRepeated, repeatedLines };

export interface CleanResult {
  /** The body every other table points into: one paragraph per line, paragraphs separated by a blank line. */
  text: string;
  /** Removed lines, verbatim (trimmed), in file order. */
  boilerplate: string[];
  title: string | null;
  byline: string | null;
  /** Length of the headline when it leads the text as its first paragraph. */
  headlineEnd?: number;
  /**
   * [start, end) of kept paragraphs that are data, not prose: a dateline, a table's
   * rows (isDataLine). Their names are mentions; later stages may skip them for
   * figures and events, which a results table would only fill with noise.
   */
  dataSpans?: [number, number][];
}

/** How far down the headline may sit: after a section label, a timestamp and a byline at most. */
const HEAD_LINES = 4;

/** Separator between kept paragraphs, the same for every article. */
export const PARAGRAPH_BREAK = "\n\n";

interface Para extends Paragraph {
  f: Features;
  keep: boolean;
  repeated: boolean;
  /** isDataLine(text), asked once (dataLine); present from the start so every Para keeps one shape. */
  data: boolean | undefined;
}

/**
 * Separates the story from page furniture. Each paragraph is classified on its
 * own (classify.ts), then by position: before the first prose paragraph (head)
 * only sentences survive; between the first and last prose paragraphs (body)
 * everything but furniture survives, so short cross-heads stay; after the last
 * prose paragraph (tail) the body ends at the first furniture or non-sentence
 * line and everything from there on is dropped.
 */
export function cleanArticle(article: RawArticle, context: { repeated?: Set<string> } = {}): CleanResult {
  const paras = classifyParagraphs(article, context.repeated);
  const { title, headline } = takeHeadline(paras, article.meta?.title ?? null);
  let byline = article.meta?.byline ?? null;
  for (const p of paras) if (p.f.byline && !byline) byline = p.f.byline;
  keepStory(paras.filter((p) => p.keep));
  const kept: string[] = [];
  const keptParas: Para[] = [];
  let headlineEnd: number | undefined;
  // What the HTML extractor left out of the page comes first: nothing is dropped silently.
  const boilerplate: string[] = [...(article.dropped ?? [])];
  for (const p of paras) {
    if (p.keep) {
      kept.push(p.text);
      keptParas.push(p);
    }
    else if (p === headline) headlineEnd = headlineParagraph(p, kept, boilerplate);
    else boilerplate.push(...p.lines);
  }
  const dataSpans = dataSpansOf(keptParas, headlineEnd ? kept[0]!.length + PARAGRAPH_BREAK.length : 0);
  return { text: kept.join(PARAGRAPH_BREAK), boilerplate, title, byline, ...(headlineEnd ? { headlineEnd } : {}), ...(dataSpans.length ? { dataSpans } : {}) };
}

/** Offsets in the joined text of the kept paragraphs that are data lines; the first starts at `at`. */
function dataSpansOf(kept: Para[], at: number): [number, number][] {
  const out: [number, number][] = [];
  const data = dataRuns(kept.map((p) => p.text), kept.map(dataLine));
  kept.forEach((p, i) => {
    if (data[i]) out.push([at, at + p.text.length]);
    at += p.text.length + PARAGRAPH_BREAK.length;
  });
  return out;
}

/** Whether a paragraph is a line of data (datalines.ts), asked once per paragraph. */
const dataLine = (p: Para) => (p.data ??= isDataLine(p.text));

/** The headline without a site's label ("… PHOTO") first in the text; the label goes to the boilerplate. */
function headlineParagraph(p: Para, kept: string[], boilerplate: string[]): number {
  const text = stripSiteLabel(p.text);
  kept.unshift(text);
  if (text !== p.text.trim()) boilerplate.push(...p.lines);
  return text.length;
}

/** Each paragraph classified on its own (classify.ts); furniture the outlet repeats marked bad. */
function classifyParagraphs(article: RawArticle, repeated: Set<string> | undefined): Para[] {
  const paragraphs = splitParagraphs(article.content);
  const ctx: Context = {
    outlet: outletPatterns(article.meta?.outlet ?? null),
    useStopwords: true,
    ...(article.linkDensity ? { linkDensity: article.linkDensity } : {}),
  };
  // Both lists are pushed into array literals, not mapped: a mapped empty list has another
  // array kind, and the optimised code reading the lists would be thrown away for it.
  const features: Features[] = [];
  for (const p of paragraphs) features.push(paragraphFeatures(p.text, ctx));
  // Stop-word density only separates prose from lists in English-like text.
  if (stopwordShare(features) < 0.15) {
    ctx.useStopwords = false;
    for (const f of features) finishLabel(f, ctx);
  }
  const out: Para[] = [];
  const texts = paragraphs.map((p) => p.text);
  paragraphs.forEach((p, i) => {
    const f = features[i]!;
    const rep = !!repeated?.size && p.lines.every((l) => repeated.has(lineKey(l)));
    // Repeated across the outlet's articles and not a sentence of prose: site furniture. Not data:
    // wire copy repeats its datelines ("OSLO 2024-03-02") and its tables' rows from day to day.
    if (rep && f.label === "short" && (!f.sentence || f.words < 8) && !isDataLine(p.text) && !isRowBeside(texts, i)) {
      f.label = "bad";
      f.reason = "repeated";
    }
    out.push({ text: p.text, lines: p.lines, afterBlank: p.afterBlank, f, keep: true, repeated: rep, data: undefined });
  });
  return out;
}

/**
 * The headline: the known title, or the first line that reads as one, near the
 * top (a section label, timestamp or byline may come first). It is part of the
 * story (names in it are mentions), so it comes back as the text's first
 * paragraph; returns the title and the headline's paragraph.
 */
function takeHeadline(paras: Para[], known: string | null): { title: string | null; headline: Para | null } {
  let title = known;
  let headline: Para | null = null;
  for (let i = 0; i < Math.min(paras.length, HEAD_LINES); i++) {
    const p = paras[i]!;
    if (p.f.label === "bad" || (p.f.words < 3 && !p.f.sentence)) continue;
    const matched = title ? isTitleLine(p.text, title) : paras.length > i + 1 && isHeadlineLike(p.text) && p.f.label !== "good";
    if (matched) {
      title ??= stripSiteLabel(p.text);
      headline = p;
      p.keep = false;
      break;
    }
    // Without a known title only the first candidate may be the headline; the story starts at prose.
    if (!title || p.f.label === "good" || p.f.label === "neargood") break;
  }
  return { title, headline };
}

/**
 * Keeps the story by position: before the first prose paragraph (head) only
 * sentences survive; between the first and last (body) everything but
 * furniture; after the last (tail) the body ends at the first furniture or
 * non-sentence line that no more prose follows.
 */
function keepStory(candidates: Para[]): void {
  // Prose anchors the body; a short article may have none, then sentences do.
  const anchor =
    pickAnchors(candidates, (p) => p.f.label === "good" && !p.repeated) ??
    pickAnchors(candidates, (p) => p.f.label === "good" || p.f.label === "neargood") ??
    pickAnchors(candidates, (p) => p.f.label !== "bad" && p.f.sentence);
  if (!anchor) {
    for (const p of candidates) if (p.f.label === "bad") p.keep = false;
    return;
  }
  const [lo, hi] = anchor;
  const heading = tableHeadings(candidates);
  // Head: keep sentences, longer lines (standfirst) and data (a dateline); drop labels and furniture.
  for (let i = 0; i < lo; i++) {
    const p = candidates[i]!;
    if (p.f.label === "bad" || (!p.f.sentence && p.f.words < 6 && !dataLine(p))) p.keep = false;
  }
  // Body: furniture and inserted headlines go, short lines between paragraphs stay.
  for (let i = lo + 1; i < hi; i++) {
    const p = candidates[i]!;
    if ((p.f.label === "bad" && !heading[i]) || isInsertedHeadline(candidates, i)) p.keep = false;
  }
  keepTail(candidates, hi, heading);
}

/**
 * Tail: the body goes on while prose or data (a results table: isDataLine, and the
 * loose rows right after its rows) follows; it ends at the first furniture or
 * non-sentence line after which neither comes before more furniture.
 */
function keepTail(candidates: Para[], hi: number, heading: boolean[]): void {
  let ended = false, row = false;
  for (let i = hi + 1; i < candidates.length; i++) {
    const p = candidates[i]!;
    // A row with a few lower-case words ("Total (for 6 wickets) 244") goes on the table it follows.
    row = isData(p) || (row && p.f.label !== "bad" && continuesTable(candidates[i - 1]!.text, p.text));
    if (!ended && (p.f.label === "bad" || !p.f.sentence)) {
      if (row || heading[i]) continue;
      let j = i + 1;
      while (j < candidates.length && !isProse(candidates[j]!) && !isData(candidates[j]!) && candidates[j]!.f.label !== "bad") j++;
      const next = candidates[j];
      // A lone "Read more: …" or cross-head between paragraphs of the story, or between a table's rows.
      if (next && (isProse(next) || isData(next))) {
        if (p.f.label === "bad" || isInsertedHeadline(candidates, i)) p.keep = false;
        continue;
      }
      ended = true;
    }
    if (ended) p.keep = false;
  }
}

const isProse = (q: Para) => q.f.label === "good" || q.f.label === "neargood";
const isData = (q: Para) => q.f.label !== "bad" && dataLine(q);

/**
 * For each paragraph, whether it is a table's heading ("Eastern Division", "W L Pct"),
 * possibly one of several lines, or a short line between its rows: a non-sentence line
 * that data follows before prose or furniture. A heading that repeats across the outlet's
 * articles still counts (standings under the same headings every day); other furniture
 * does not. One pass from the end.
 */
function tableHeadings(candidates: Para[]): boolean[] {
  const out = new Array<boolean>(candidates.length).fill(false);
  let dataNext = false;
  for (let i = candidates.length - 1; i >= 0; i--) {
    const q = candidates[i]!;
    const soft = q.f.label !== "bad" || q.f.reason === "repeated";
    out[i] = soft && !q.f.sentence && dataNext;
    if (isData(q)) dataNext = true;
    else if (isProse(q) || !soft) dataNext = false;
  }
  return out;
}

/** Indexes of the first and last paragraph matching `is`, or null. */
function pickAnchors<T>(items: T[], is: (p: T) => boolean): [number, number] | null {
  let lo = -1, hi = -1;
  items.forEach((p, i) => {
    if (!is(p)) return;
    if (lo < 0) lo = i;
    hi = i;
  });
  return lo < 0 ? null : [lo, hi];
}

/**
 * A related story's headline between two paragraphs of this one: Title Case,
 * no closing punctuation, prose on both sides.
 */
function isInsertedHeadline(paras: Para[], i: number): boolean {
  const p = paras[i]!, prev = paras[i - 1], next = paras[i + 1];
  // A table row reads as Title Case too; a headline rarely carries two numbers.
  if (!prev || !next || p.f.sentence || isDataLine(p.text, 2)) return false;
  const prose = (q: Para) => q.f.label === "good" || q.f.label === "neargood";
  return prose(prev) && prose(next) && isTitleCaseHeadline(p.text);
}
