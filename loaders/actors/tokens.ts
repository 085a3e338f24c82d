import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import type { Doc } from "../types.js";
import { sentenceAt } from "../text/sentences.js";

// wink-nlp tags part of speech at ≈300k words/s, once per article; its PROPN tag
// tells a sentence-initial "According" or "Meanwhile" from a name, which a
// capital letter alone cannot. Offsets are rebuilt from its preceding-space
// output, which reproduces the text exactly (checked below; a mismatch falls back
// to searching the token in the text so offsets never drift).
// Only the tagger: sentences come from loaders/text/sentences.ts, and wink's own splitter costs as much again.
const nlp = winkNLP(model, ["pos"]);
const its = nlp.its;

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

const OPENERS = new Set(["“", "\"", "‘", "'", "(", "[", ":", "—", "–", "«", "…"]);

export function tokenize(doc: Doc): Tok[] {
  const text = doc.text;
  if (!text.trim()) return [];
  const wd = nlp.readDoc(text);
  const values = wd.tokens().out(its.value) as string[];
  const pos = wd.tokens().out(its.pos) as string[];
  const spaces = wd.tokens().out(its.precedingSpaces) as string[];
  const toks: Tok[] = [];
  let at = 0;
  let prevSentence = -2;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!v.trim()) continue; // wink's SPACE tokens (line breaks) carry no word
    let start = at + (spaces[i]?.length ?? 0);
    if (text.startsWith(v, start) === false) {
      const found = text.indexOf(v, at);
      if (found < 0) continue;
      start = found;
    }
    const end = start + v.length;
    at = end;
    const s = sentenceAt(doc.sentences, start);
    const sentence = s ? s.index : -1;
    const prev = toks[toks.length - 1];
    const lineStart = !prev || /\n/.test(text.slice(prev.end, start));
    // A dash opens a clause only with a space after it ("Kara-Murza" is one name).
    const initial = sentence !== prevSentence || lineStart || (prev !== undefined && OPENERS.has(prev.text) && (prev.end < start || !/[—–]/.test(prev.text)));
    prevSentence = sentence;
    toks.push({
      i: toks.length,
      start,
      end,
      text: v,
      pos: pos[i] ?? "X",
      initial,
      sentence,
      cap: /^\p{Lu}/u.test(v),
      word: /[\p{L}\p{N}]/u.test(v),
    });
  }
  return toks;
}
