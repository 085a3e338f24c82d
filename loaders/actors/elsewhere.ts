import type { NameSpan } from "./ner/tagdoc.js";
import type { Tok } from "./tok.js";
import { nameSpan } from "./titlesplit.js";

// What the tagger reads of a name in one place, corrected by how it reads the same words elsewhere in
// the article: out of context it misreads a piece of a longer span, and a name's first word where a
// sentence's capital hides it.

/**
 * A piece cut from a longer span carries that span's type, read over words that were not its own
 * ("Dec 6 - Harbour City" read as a place): where the article's tagger gives the piece's words a
 * type of their own elsewhere, the piece takes it.
 */
export function typedAsElsewhere(text: string, spans: readonly NameSpan[], p: NameSpan): NameSpan {
  const words = text.slice(p.start, p.end);
  for (const o of spans)
    if (o.type !== p.type && o.end - o.start === p.end - p.start && text.slice(o.start, o.end) === words)
      return nameSpan(p.start, p.end, o.type, p.a, p.b, p.titled);
  return p;
}

/**
 * "Harbor Watch said …" read from "Watch" on: the sentence's first word, whose capital
 * the tagger takes for the sentence's, goes back on the name where the article names the whole
 * elsewhere.
 */
export function grownAsElsewhere(text: string, toks: readonly Tok[], spans: readonly NameSpan[], s: NameSpan): NameSpan {
  const first = toks[s.a - 1];
  if (!first || !first.initial || !first.word || !first.cap || first.sentence !== toks[s.a]!.sentence) return s;
  const whole = text.slice(first.start, s.end);
  for (const o of spans) if (o !== s && o.end - o.start === whole.length && text.startsWith(whole, o.start)) return nameSpan(first.start, s.end, o.type, s.a - 1, s.b, s.titled);
  return s;
}
