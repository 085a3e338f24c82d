import { sentenceAt } from "../text/sentences.js";
import type { Doc, QuoteRow } from "../types.js";

// A headline quotes the body: "“It looks like a war zone”" over a story whose body gives the same
// words with their speaker. The headline has no attribution of its own, so its row takes the
// speaker of the body's row that holds the same words.

const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

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
