import { sentenceAt } from "../text/sentences.js";
import type { Doc, QuoteRow } from "../types.js";
import type { QuoteSpan } from "./marks.js";

// A headline quotes the body: "“It looks like a war zone”" over a story whose body gives the same
// words with their speaker. The headline has no attribution of its own, so its row takes the
// speaker of the body's row that holds the same words.

const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

/** Whether the headline's span `q` (three words or more) is said again inside a later span of the body: a quotation, not a title. */
export function echoedInBody(doc: Doc, spans: QuoteSpan[], q: QuoteSpan): boolean {
  if (!sentenceAt(doc.sentences, q.open)?.headline) return false;
  const words = norm(doc.text.slice(q.textStart, q.textEnd));
  if (words.split(" ").length < 3) return false;
  return spans.some((b) => b.open > q.close && !sentenceAt(doc.sentences, b.open)?.headline && ` ${norm(doc.text.slice(b.textStart, b.textEnd))} `.includes(` ${words} `));
}

/** Rows in the headline with nobody credited take the speaker of the first body row that holds their words. */
export function creditEchoedHeadlines(doc: Doc, rows: QuoteRow[]): QuoteRow[] {
  return rows.map((r) => {
    if (r.speaker || !sentenceAt(doc.sentences, r.start)?.headline) return r;
    const words = norm(r.text);
    // a word or two is a term the body may use of anyone; a phrase is the quotation itself
    if (words.split(" ").length < 3) return r;
    const echo = rows.find((b) => b.start > r.end && b.speaker && !sentenceAt(doc.sentences, b.start)?.headline && ` ${norm(b.text)} `.includes(` ${words} `));
    return echo ? { ...r, speaker: echo.speaker, speaker_text: echo.speaker_text, verb: null } : r;
  });
}

/**
 * Headlines quote with single marks ("Mayor: ‘We will not raise taxes’"), which in a body nest a
 * quotation inside another or stand for apostrophes. In the headline, a ‘ opening a word and the
 * next ’ closing one (a letter never follows it) pair as a quotation.
 */
export function headlineSingleQuotes(doc: Doc, spans: QuoteSpan[]): QuoteSpan[] {
  const head = doc.sentences.filter((s) => s.headline);
  if (!head.length) return spans;
  const end = head[head.length - 1]!.end;
  const line = doc.text.slice(0, end);
  const found: QuoteSpan[] = [];
  for (const m of line.matchAll(SINGLE_PAIR)) {
    const open = m.index! + m[1]!.length;
    const close = open + 1 + m[2]!.length + 1;
    if (!spans.some((s) => s.open < close && open < s.close)) found.push({ open, close, textStart: open + 1, textEnd: close - 1, closed: true });
  }
  return found.length ? [...found, ...spans].sort((a, b) => a.open - b.open) : spans;
}
/** ‘ after a line's start, a space or a colon, then words, then ’ not followed by a letter (not "don’t"). */
const SINGLE_PAIR = /(^|[\s:(])‘([^‘’\n]*?\p{L}[^‘’\n]*?)’(?!\p{L})/gu;
