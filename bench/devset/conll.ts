// CoNLL-2003 documents rebuilt as plain text for the events/quotes dev set.
// The corpus is pre-tokenised (one token a line); no library rebuilds Reuters
// text from Penn-style tokens, so this fixed detokeniser is written here. It
// must never change once fixtures point into its output: fixtures address
// tokens (document, sentence, token), and the offsets are recomputed from them.
import { readFileSync } from "node:fs";

export interface ConllSentence {
  tokens: string[];
  /** Character offset of each token in the document text, and its end. */
  starts: number[];
  ends: number[];
  start: number;
  end: number;
}
export interface ConllDoc {
  index: number;
  text: string;
  sentences: ConllSentence[];
}

const NO_SPACE_BEFORE = /^(?:[.,;:!?%)\]}]|'s|'S|n't|N'T|'re|'ve|'ll|'d|'m|')$/;
const NO_SPACE_AFTER = /^(?:[([{$]|US\$)$/;

/** Sentences of tokens per document, in file order ("-DOCSTART-" separates documents). */
export function readConll(path: string): string[][][] {
  const docs: string[][][] = [];
  let sentence: string[] = [];
  const flush = () => {
    if (sentence.length && docs.length) docs.at(-1)!.push(sentence);
    sentence = [];
  };
  for (const line of readFileSync(path, "utf8").split("\n")) {
    if (line.startsWith("-DOCSTART-")) {
      flush();
      docs.push([]);
    } else if (!line.trim()) flush();
    else sentence.push(line.split(" ")[0]!);
  }
  flush();
  return docs;
}

/**
 * One document's text: one paragraph per sentence (Reuters wires set most
 * sentences as their own paragraph) except inside a quotation, tokens joined by spaces except before
 * closing punctuation and clitics and after opening brackets; straight double
 * quotes alternate open/close through the document, as they do in the wire.
 */
export function detokenise(sentences: string[][], index: number): ConllDoc {
  let text = "";
  let open = false;
  const out: ConllSentence[] = [];
  let carried = false;
  for (const tokens of sentences) {
    // A quotation running over several sentences stays in one paragraph: the wire's
    // multi-paragraph quotes reopen their mark on each paragraph, which the corpus does not keep.
    if (text && !carried) text += open ? " " : "\n\n";
    const starts: number[] = [], ends: number[] = [];
    const sStart = text.length;
    let glue = true;
    carried = false;
    tokens.forEach((tok, i) => {
      let space = !glue;
      if (tok === '"') {
        if (open) space = false;
        open = !open;
        // The corpus sometimes ends a sentence with the next paragraph's opening mark: it opens that paragraph.
        if (open && i === tokens.length - 1 && i > 0) (text += "\n\n"), (space = false), (carried = true);
      } else if (NO_SPACE_BEFORE.test(tok)) space = false;
      if (space) text += " ";
      starts.push(text.length);
      text += tok;
      ends.push(text.length);
      glue = NO_SPACE_AFTER.test(tok) || (tok === '"' && open);
    });
    out.push({ tokens, starts, ends, start: sStart, end: text.length });
  }
  return { index, text, sentences: out };
}

const cache = new Map<string, ConllDoc[]>();
/** Every document of a CoNLL file, rebuilt. */
export function conllDocs(path: string): ConllDoc[] {
  let docs = cache.get(path);
  if (!docs) cache.set(path, (docs = readConll(path).map((s, i) => detokenise(s, i))));
  return docs;
}
