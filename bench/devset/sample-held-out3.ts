// The "held-out3" sample (docs/held-out3.md): a blind half, a rule over whole documents fixed
// before any of them was read, and never the extractor's output.
// `npx tsx bench/devset/sample-held-out3.ts` prints the chosen documents, their event sentences
// starred and their quotations numbered for annotation; `--fixtures` prints one fixture line per
// sentence and per quotation with an empty annotation and its hash.
import { blindHalfSample, printBlindHalf, type BlindDoc, type BlindHalf } from "./blind-half.js";

/** This half's configuration of the blind-half procedure (`blind-half.ts`). */
export const HELD_OUT3: BlindHalf = {
  half: "held-out3",
  /** A seed no earlier half used. */
  seed: 2029,
  /**
   * Documents earlier procedures walked (and so may have read) are left out, not only the ones a
   * fixture points at: the seed-18 order up to 458 (quotes, events tune2), the seed-2027 order up
   * to 368 (held-out2's events and quotes) and the seed-2028 order up to 302 (tune3's events; its
   * loop stopped before reading position 303).
   */
  walked: [[18, 459], [2027, 369], [2028, 303]],
  targetSentences: 150,
  targetQuotes: 80,
};

export const heldOut3Sample = (): BlindDoc[] => blindHalfSample(HELD_OUT3);

if (process.argv[1]?.endsWith("sample-held-out3.ts")) printBlindHalf(HELD_OUT3, process.argv.includes("--fixtures"));
