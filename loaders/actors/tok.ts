import type { WordInfo } from "./ner/wordinfo.js";

// The tagger's view of an article: tokens with exact UTF-16 offsets and a part
// of speech. Its own module so the tokenizer (lextokens.ts) and the modules that
// re-export it (tokens.ts) do not import each other.

/** What a token's text alone says, made once per distinct text and shared by its tokens. */
export interface Lexeme {
  text: string;
  /** The text in lower case. */
  lower: string;
  pos: string;
  cap: boolean;
  word: boolean;
  /** Opens a quotation or an aside: the word after it is initial. */
  opener: boolean;
  /** Starts with a lower-case letter. */
  lowerStart: boolean;
  /** The name tagger's words for the token standing alone (ner/tagdoc.ts), once asked for. */
  ner: WordInfo[] | null;
  /** The tagger's reading of the text as it is (ner/wordinfo.ts), once asked for. */
  info: WordInfo | null;
}

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
  lex: Lexeme;
}
