// The quotes "tune10" sample (docs/quotes.md, "tune10"): a readable half for quote speakers, drawn
// from eng.train, the one source no other half of this round samples (the events half of the same
// round is told to draw from eng.testa and TBAQ, so the two share no document). Fixed here before
// any of its documents was printed, from the corpus text alone, never from the extractor's output.
//
// Exclusions:
// - every document a fixture line of any other half points at, events or quotes (`usedDocs`);
// - the names sets (TBAQ1, TBAQ2) and tune8 are TBAQ articles, and held-out4, tune6 and the first
//   events halves are eng.testa: none shares a file with this half.
// Not fresh text: earlier quote rounds ran the extractor over the unfixtured CoNLL documents and
// read its rows without gold (docs/quotes.md, "How this was tuned" and "The outside sample"), so
// this half is the eng.train remainder, not unread news; no document was annotated before.
// Kept: a document with at least 3 quotation pairs. Documents with a pronoun attribution ("he
// said", "said she": what the blind halves showed to be hard) come first, every one of them in a
// mulberry32 order with a seed no earlier half used; then the others in the same order, stopping at
// the first document that brings the count to TARGET_QUOTES (so that at least 100 are attributed).
// `npx tsx bench/devset/sample-tune10.ts` prints the chosen documents with their quotations
// numbered for annotation; `--fixtures` prints one empty fixture line per quotation and its hash.
import { join } from "node:path";
import { conllDocs } from "./conll.js";
import { printQuoteHalf, pronounAttributions } from "./quote-half.js";
import { quotations, shuffled, usedDocs, type QuoteSpan } from "./sample.js";

export const HALF = "tune10";
export const FILE = "conll2003/eng.train";
/** A seed no earlier half used (18, 2027–2036 are taken). */
export const SEED = 2041;
export const MIN_QUOTES = 3;
export const TARGET_QUOTES = 125;

export interface Tune10Doc { doc: number; position: number; quotes: QuoteSpan[] }

/** Pronoun-attributed documents first, then the others, each in the seeded order, until TARGET_QUOTES quotations. */
export function tune10Sample(): Tune10Doc[] {
  const docs = conllDocs(join("../shared/dev-corpora", FILE));
  const used = usedDocs(FILE, (_f, half) => half === HALF);
  const order = [...shuffled(docs.length, SEED).entries()];
  const eligible = order.filter(([, i]) => !used.has(i) && quotations(docs[i]!).length >= MIN_QUOTES);
  const ranked = [...eligible.filter(([, i]) => pronounAttributions(docs[i]!) > 0), ...eligible.filter(([, i]) => pronounAttributions(docs[i]!) === 0)];
  const out: Tune10Doc[] = [];
  let n = 0;
  for (const [position, i] of ranked) {
    if (n >= TARGET_QUOTES) break;
    const quotes = quotations(docs[i]!);
    out.push({ doc: i, position, quotes });
    n += quotes.length;
  }
  return out;
}

/** Prints the half for annotation (documents whole, quotations numbered), or with `fixtures` one empty fixture line per quotation. */
export function printTune10(fixtures: boolean): void {
  printQuoteHalf({ half: HALF, file: FILE }, fixtures, tune10Sample());
}

if (process.argv[1]?.endsWith("sample-tune10.ts")) printTune10(process.argv.includes("--fixtures"));
