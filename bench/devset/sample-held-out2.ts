// The "held-out2" sample (docs/events.md, "A fourth half, held-out2"): a rule over whole
// documents, fixed before any of them was read, and never the extractor's output.
// `npx tsx bench/devset/sample-held-out2.ts` prints the chosen documents, their event sentences
// and their quotations numbered for annotation; `--fixtures` prints one fixture line per sentence
// and per quotation with an empty annotation and its hash.
import { blindHalfSample, printBlindHalf, type BlindDoc, type BlindHalf } from "./blind-half.js";

/** This half's configuration of the blind-half procedure (`blind-half.ts`). */
export const HELD_OUT2: BlindHalf = {
  half: "held-out2",
  /** A seed no earlier half used, so the order owes nothing to theirs. */
  seed: 2027,
  /**
   * Every earlier procedure walked the seed-18 order of this file up to here (quotes to 365,
   * events tune2 to 458), reading documents it then skipped; those are left out too, not only
   * the ones a fixture points at.
   */
  walked: [[18, 459]],
  targetSentences: 120,
  targetQuotes: 80,
};

export const heldOut2Sample = (): BlindDoc[] => blindHalfSample(HELD_OUT2);

if (process.argv[1]?.endsWith("sample-held-out2.ts")) printBlindHalf(HELD_OUT2, process.argv.includes("--fixtures"));
