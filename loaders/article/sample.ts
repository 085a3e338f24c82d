import type { ArticleRow, Doc } from "../types.js";
import type { ArticlePart } from "./text.js";

// A made-up article, run through a thread's stages while it waits for its
// first real one: the stages build their tables (the tagger's weights,
// gazetteers, the events lexicon) on first use, which would otherwise delay
// that first article. Its rows are thrown away.
const TEXT = "WASHINGTON (Reuters) - President Joe Biden met Chinese leader Xi Jinping in San Francisco on Wednesday, the White House said. The two sides agreed to resume military talks, officials said.";
const CUT = TEXT.indexOf(" The two") + 1;

export function sampleDoc(): Doc {
  return { id: "sample", text: TEXT, published: "2023-11-16", sentences: [{ index: 0, start: 0, end: CUT - 1 }, { index: 1, start: CUT, end: TEXT.length }] };
}

export function samplePart(): ArticlePart {
  const doc = sampleDoc();
  const article: ArticleRow = { id: doc.id, file: "sample.txt", sha256: "", title: null, outlet: "Reuters", url: null, published: doc.published, byline: null, language: "en", text: doc.text, words: 0, boilerplate: [] };
  return { article, doc, dates: [], candidates: [], problems: [] };
}
