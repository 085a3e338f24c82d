import { readFileSync } from "node:fs";
import type { NerType, Span } from "./labels.js";

// CoNLL-2003 files: "word POS chunk NER" a line, blank lines between sentences,
// -DOCSTART- between documents, IOB1 tags (B- only where two names of one type touch).

export interface ConllSentence {
  words: string[];
  spans: Span[];
}
export type ConllDoc = ConllSentence[];

export function readConll(path: string): ConllDoc[] {
  const docs: ConllDoc[] = [];
  let doc: ConllDoc = [];
  let words: string[] = [];
  let tags: string[] = [];
  const endSentence = () => {
    if (words.length) doc.push({ words, spans: iob1Spans(tags) });
    words = [];
    tags = [];
  };
  for (const line of readFileSync(path, "utf8").split("\n")) {
    const cols = line.trim().split(" ");
    if (cols[0] === "-DOCSTART-") {
      endSentence();
      if (doc.length) docs.push(doc);
      doc = [];
    } else if (!cols[0]) endSentence();
    else {
      words.push(cols[0]);
      tags.push(cols[cols.length - 1]!);
    }
  }
  endSentence();
  if (doc.length) docs.push(doc);
  return docs;
}

function iob1Spans(tags: string[]): Span[] {
  const spans: Span[] = [];
  let a = -1, type = "";
  tags.forEach((tag, k) => {
    const [p, t = ""] = tag.split("-");
    if (a >= 0 && (p === "O" || p === "B" || t !== type)) {
      spans.push({ a, b: k, type: type as NerType });
      a = -1;
    }
    if (p !== "O" && a < 0) {
      a = k;
      type = t;
    }
  });
  if (a >= 0) spans.push({ a, b: tags.length, type: type as NerType });
  return spans;
}
