// The "held-out4" sample (docs/held-out4.md): a blind half, a rule over whole documents fixed
// before any of them was read, and never the extractor's output.
// `npx tsx bench/devset/sample-held-out4.ts` prints the chosen documents, their event sentences
// starred and their quotations numbered for annotation; `--fixtures` prints one fixture line per
// sentence and per quotation with an empty annotation and its hash.
import { blindHalfSample, printBlindHalf, type BlindDoc, type BlindHalf } from "./blind-half.js";

/**
 * This half's configuration of the blind-half procedure (`blind-half.ts`). eng.train has no
 * document left for it: tune4's seed-2030 loop walked the whole order (all 946 positions) without
 * reaching its target, so with eng.train and the walked list [[18, 459], [2027, 369], [2028, 303],
 * [2029, 733], [2030, 946]] the procedure finds no document. The same rule is therefore run on
 * eng.testa (Reuters, August 1996, like eng.train), the file of the first events halves.
 */
export const HELD_OUT4: BlindHalf = {
  half: "held-out4",
  file: "conll2003/eng.testa",
  /** A seed no earlier half used. */
  seed: 2031,
  /**
   * The one recorded procedure over eng.testa: the first events sample (tune / held-out), the
   * seed-18 order of its 216 documents, 4 prose sentences a document until 206, which stopped at
   * position 80 (checked by re-running that rule: the same 64 documents as the fixtures). The
   * walks above are orders of eng.train and do not apply to this file.
   */
  walked: [[18, 81]],
  targetSentences: 150,
  targetQuotes: 80,
};

export const heldOut4Sample = (): BlindDoc[] => blindHalfSample(HELD_OUT4);

if (process.argv[1]?.endsWith("sample-held-out4.ts")) printBlindHalf(HELD_OUT4, process.argv.includes("--fixtures"));
