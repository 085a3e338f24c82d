import type { Sentence } from "../types.js";
import { matchesOf } from "../text/matches.js";

// A sentence that goes on with a quotation opened in an earlier sentence of its paragraph
// ("“The United Nations wants hundreds. | Baghdad says it can accept a few dozen,” said the
// diplomat."): up to the closing mark it is the speaker's words, a statement, not a narrated act.

/** Opening marks minus closing ones in the paragraph before the sentence (straight quotes alternate). */
function openBefore(text: string, s: Sentence): boolean {
  const para = text.lastIndexOf("\n", s.start - 1) + 1;
  let open = false;
  for (const m of matchesOf(/[“”"]/g, text.slice(para, s.start))) open = m[0] === "“" ? true : m[0] === "”" ? false : !open;
  return open;
}

/** True when `at` lies before the mark that closes such a quotation, and the sentence attributes it after the mark. */
export function continuesQuotation(text: string, s: Sentence, at: number): boolean {
  const seg = text.slice(s.start, s.end);
  const close = seg.search(/[”"]/u);
  if (close < 0 || at >= s.start + close || !openBefore(text, s)) return false;
  return /^[”"]\s*,?\s*(?:(?:said|says|told|added|quoted)\b|(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:said|says|told|added)\b|(?:he|she|they|it)\s+(?:said|says|told|added)\b|(?:the|a|an|one|another)\s)/u.test(seg.slice(close));
}
