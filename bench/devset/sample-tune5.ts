// The quotes "tune5" sample (docs/events.md, "Quotes, tune5"): a readable half for quote speakers,
// a configuration of the readable quotes-half procedure (`quote-half.ts`), fixed before any of its
// documents was read.
// `npx tsx bench/devset/sample-tune5.ts` prints the chosen documents with their quotations
// numbered for annotation; `--fixtures` prints one empty fixture line per quotation and its hash.
import { printQuoteHalf, quoteHalfSample, type QuoteHalf, type QuoteHalfDoc } from "./quote-half.js";

export const TUNE5: QuoteHalf = {
  half: "tune5",
  file: "conll2003/eng.train",
  /** A seed no earlier half used. */
  seed: 2032,
  minQuotes: 3,
  minPronounAttributions: 2,
  targetQuotes: 110,
};

export const tune5Sample = (): QuoteHalfDoc[] => quoteHalfSample(TUNE5);

if (process.argv[1]?.endsWith("sample-tune5.ts")) printQuoteHalf(TUNE5, process.argv.includes("--fixtures"));
