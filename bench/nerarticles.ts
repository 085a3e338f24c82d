import type { ConllDoc } from "../loaders/actors/ner/conll.js";
import type { NerType, Span } from "../loaders/actors/ner/labels.js";

// CoNLL documents written out as plain articles, as a reporter would paste them:
// tokens joined with ordinary spacing, one sentence a paragraph. Each sentence
// keeps the character spans of its gold names, so mentions can be mapped back.

export interface CharSpan {
  start: number;
  end: number;
  type: NerType;
}

export interface WrittenSentence {
  text: string;
  gold: CharSpan[];
}

const NO_SPACE_BEFORE = new Set([",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "'S", "n't", "'re", "'ve", "'ll", "'d", "'m"]);
const NO_SPACE_AFTER = new Set(["(", "[", "{", "$"]);

/** One sentence's tokens as text, with the offset of each token. */
export function detokenise(words: string[]): { text: string; starts: number[] } {
  let text = "";
  const starts: number[] = [];
  let quoteOpen = false, glue = true;
  for (const w of words) {
    const isQuote = w === '"';
    const closing = isQuote && quoteOpen;
    if (!glue && !NO_SPACE_BEFORE.has(w) && !closing) text += " ";
    starts.push(text.length);
    text += w;
    glue = NO_SPACE_AFTER.has(w) || (isQuote && !quoteOpen);
    if (isQuote) quoteOpen = !quoteOpen;
  }
  return { text, starts };
}

export function writeSentences(doc: ConllDoc): WrittenSentence[] {
  return doc.map((s) => {
    const { text, starts } = detokenise(s.words);
    const gold = s.spans.map((sp: Span) => ({ start: starts[sp.a]!, end: starts[sp.b - 1]! + s.words[sp.b - 1]!.length, type: sp.type }));
    return { text, gold };
  });
}

/** Paragraphs of articles.text mapped to the sentences they were written from (in order; dropped ones are skipped). */
export function alignParagraphs(articleText: string, sentences: WrittenSentence[]): { offset: number; sentence: number }[] {
  const out: { offset: number; sentence: number }[] = [];
  let cursor = 0, offset = 0;
  for (const para of articleText.split("\n\n")) {
    for (let k = cursor; k < sentences.length; k++) {
      if (sentences[k]!.text.trim() !== para.trim()) continue;
      out.push({ offset: offset + (para.length - para.trimStart().length) - (sentences[k]!.text.length - sentences[k]!.text.trimStart().length), sentence: k });
      cursor = k + 1;
      break;
    }
    offset += para.length + 2;
  }
  return out;
}
