import type { QuoteRow } from "../types.js";

// A quotation of several paragraphs leaves each paragraph but the last without a closing mark
// and opens the next with a fresh one: “… times. ¶ “We have … again. ¶ “I ask you …,” Ode said.
// When only the last paragraph names the speaker, the open paragraphs before it are theirs too.

/** Only blanks from a row's end to the line break: the paragraph closed with no closing mark. */
const OPEN_END = /^[^\S\n]*(?:\n|$)/;
/** Blank lines, then the next paragraph's opening mark. */
const NEXT_OPENS = /^\s*\n\s*["“'‘`]+$/u;

/** Rows of `text` in order; a row with no speaker and no verb whose paragraph runs on open takes the speaker of the quotation it runs into. */
export function creditOpenParagraphs(text: string, rows: QuoteRow[]): QuoteRow[] {
  for (let i = rows.length - 2; i >= 0; i--) {
    const row = rows[i]!, next = rows[i + 1]!;
    if (row.speaker || row.speaker_text || row.verb || next.article !== row.article) continue;
    if (!next.speaker_text || !OPEN_END.test(text.slice(row.end, row.end + 40))) continue;
    if (!NEXT_OPENS.test(text.slice(row.end, next.start))) continue;
    rows[i] = { ...row, speaker: next.speaker, speaker_text: next.speaker_text };
  }
  return rows;
}
