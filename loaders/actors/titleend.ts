import type { Candidate } from "./candidate.js";
import type { NameSpan } from "./ner/tagdoc.js";
import type { Tok } from "./tok.js";
import { TITLES } from "./titlesplit.js";

// Where a tagger's name is only a title's piece.

/** "Gen.", "Sen.": a title's short form is never a name ("King" and "Pope" may be). */
export const abbreviatedTitle = (text: string) => text.endsWith(".") && TITLES.has(text);

/**
 * "Minister for Foreign Affairs Ana Lima": the tagger's name right before a titled person is the end
 * of the title ("Foreign Affairs"), when the words from up to four before it to it are an office.
 */
export function endsTitle(toks: Tok[], s: NameSpan, titledAt: Map<number, Candidate>): boolean {
  const next = toks[s.b];
  if (!next || !titledAt.has(next.start)) return false;
  let words = toks.slice(s.a, s.b).map((t) => t.text).join(" ");
  for (let a = s.a - 1; a >= Math.max(0, s.a - 4); a--) {
    words = `${toks[a]!.text} ${words}`;
    if (TITLES.has(words)) return true;
  }
  return false;
}
