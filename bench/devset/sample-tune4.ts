// The events "tune4" sample (docs/events.md, "tune4"): a tuning half for events only, drawn by the
// blind-half procedure (`blind-half.ts`) with no quotations, fixed before any of its documents was
// read, and never the extractor's output.
// `npx tsx bench/devset/sample-tune4.ts` prints the chosen documents with their event sentences
// starred for annotation; `--fixtures` prints one fixture line per sentence with an empty event
// list and its hash.
import { blindHalfSample, printBlindHalf, type BlindDoc, type BlindHalf } from "./blind-half.js";

/** This half's configuration of the blind-half procedure. */
export const TUNE4: BlindHalf = {
  half: "tune4",
  /** A seed no earlier half used. */
  seed: 2030,
  /**
   * Documents earlier procedures walked (and so may have read) are left out, not only the ones a
   * fixture points at: the seed-18 order up to 458 (quotes, events tune2), the seed-2027 order up
   * to 368 (held-out2), the seed-2028 order up to 302 (tune3) and the seed-2029 order up to 732
   * (held-out3: its events stopped at position 467, its quotations at 732, and its loop stopped
   * before reading position 733, checked by re-running `heldOut3Sample()`: 28 documents,
   * positions 11–732, 151 sentences, 80 quotations).
   */
  walked: [[18, 459], [2027, 369], [2028, 303], [2029, 733]],
  targetSentences: 250,
  targetQuotes: 0,
};

export const tune4Sample = (): BlindDoc[] => blindHalfSample(TUNE4);

if (process.argv[1]?.endsWith("sample-tune4.ts")) printBlindHalf(TUNE4, process.argv.includes("--fixtures"));
