import type { Doc } from "../types.js";
import { lexTokenize } from "./lextokens.js";

// The tagger's view of an article: tokens with exact UTF-16 offsets and a part
// of speech. wink-nlp's contextual tagger was used first (≈200k words/s here
// with its tokenizer); a regex tokenizer with compromise's lexicon (lextokens.ts)
// gives the same answers on the tests and seeds at ≈900k words/s.

export interface Tok {
  /** Index in the token array. */
  i: number;
  start: number;
  end: number;
  text: string;
  pos: string;
  /** First word of a sentence, a quotation or a line: its capital says nothing. */
  initial: boolean;
  /** Sentence index in doc.sentences, or -1 when outside every sentence. */
  sentence: number;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** A word (letters or digits), not punctuation. */
  word: boolean;
}

export function tokenize(doc: Doc): Tok[] {
  return lexTokenize(doc);
}
