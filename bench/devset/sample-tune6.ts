// The quotes "tune6" sample (docs/events.md, "Quotes, tune5 and tune6"): a readable half for quote
// speakers from eng.testa, the file the name tagger was not trained on (it learns from eng.train,
// so on every eng.train half its names are near perfect and a speaker error that follows a wrong
// name never shows). A configuration of `quote-half.ts`, fixed before any of its documents was read.
// `npx tsx bench/devset/sample-tune6.ts` prints the chosen documents with their quotations
// numbered for annotation; `--fixtures` prints one empty fixture line per quotation and its hash.
import { printQuoteHalf, quoteHalfSample, type QuoteHalf, type QuoteHalfDoc } from "./quote-half.js";

export const TUNE6: QuoteHalf = {
  half: "tune6",
  file: "conll2003/eng.testa",
  /** A seed no earlier half used. */
  seed: 2033,
  minQuotes: 3,
  /** One, not tune5's two: eng.testa has 216 documents, and few are left outside every fixture. */
  minPronounAttributions: 1,
  targetQuotes: 110,
};

export const tune6Sample = (): QuoteHalfDoc[] => quoteHalfSample(TUNE6);

if (process.argv[1]?.endsWith("sample-tune6.ts")) printQuoteHalf(TUNE6, process.argv.includes("--fixtures"));
