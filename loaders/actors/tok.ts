// The tagger's view of an article: tokens with exact UTF-16 offsets and a part
// of speech. Its own module so the tokenizer (lextokens.ts) and the modules that
// re-export it (tokens.ts) do not import each other.

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
