// The quotes "tune8" sample (docs/quotes.md, "tune8"): a readable half for quote speakers in long,
// many-voiced news, drawn from TBAQ (articles with many quotation marks), the kind of
// text where the blind halves' speaker errors are expected (pronoun runs, descriptions, speakers
// named after the quotation). Fixed here before any of its documents was printed, from the corpus
// text alone, never from the extractor's output.
//
// Exclusions:
// - every file a fixture line of any other half points at, events or quotes (held-out5's TBAQ
//   quote and event documents, the AQUAINT event lines of the events halves);
// - the positions of the sorted listing earlier work read or keeps blind (`readPosition`: TBAQ1,
//   positions 0, 10, …, and every fourth from 4), and TBAQ2's positions 5, 15, … (the blind names
//   set);
// - tune5, tune6 and tune7 are CoNLL documents, so they share no file with this half.
// Kept: an article with at least 8 quotation marks (`` '' and straight " counted alike), of any
// source. The first version of this rule kept AP and NYT articles only; counting eligible files
// (no text printed) showed they hold fewer than 40 quotations outside the exclusions, so the
// source filter was dropped before any document was printed; WSJ's long features come in. Taken
// in a mulberry32 order with a seed no earlier half used, every quotation of each (as held-out5's
// `quotations` cuts them), stopping at the first document that brings the count to 115 (so that
// at least 90 are attributed).
// `npx tsx bench/devset/sample-tune8.ts` prints the chosen documents with their quotations
// numbered for annotation; `--fixtures` prints one empty fixture line per quotation and its hash.
import { join } from "node:path";
import { readTbaq } from "../tbaq.js";
import { quotations, readPosition, usedFiles, type Span } from "./sample-held-out5.js";
import { shuffled, spanHash } from "./sample.js";
import { timemlText } from "./timeml.js";

export const HALF = "tune8";
const CORPUS = "../shared/dev-corpora/tempeval3-tbaq";
/** A seed no earlier half used. */
export const SEED = 2036;
export const MIN_MARKS = 8;
export const TARGET_QUOTES = 115;

/** TBAQ2's positions: the blind names set. */
const blindNames = (i: number) => i % 10 === 5;
const marks = (text: string) => (text.match(/``|''|"/g) ?? []).length;

export interface Tune8Doc { file: string; position: number; order: number; quotes: Span[] }

/** The half: eligible long articles in the seeded order until TARGET_QUOTES quotations. */
export function tune8Sample(): Tune8Doc[] {
  const listing = readTbaq(CORPUS).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((d) => `${d.part}/${d.id}.tml`);
  const used = usedFiles(HALF);
  const out: Tune8Doc[] = [];
  let n = 0;
  for (const [order, i] of shuffled(listing.length, SEED).entries()) {
    if (n >= TARGET_QUOTES) break;
    const file = listing[i]!;
    if (readPosition(i) || blindNames(i) || used.has(file)) continue;
    const text = timemlText(join(CORPUS, file));
    if (marks(text) < MIN_MARKS) continue;
    const quotes = quotations(text);
    out.push({ file, position: i, order, quotes });
    n += quotes.length;
  }
  return out;
}

/** Prints the half for annotation, or with `fixtures` one empty fixture line per quotation. */
export function printTune8(fixtures: boolean): void {
  for (const { file, position, order, quotes } of tune8Sample()) {
    const [part, name] = file.split("/") as [string, string];
    const text = timemlText(join(CORPUS, file));
    if (fixtures) {
      for (const q of quotes) console.log(JSON.stringify({ corpus: `tempeval3-tbaq/${part}`, file: name, start: q.start, end: q.end, hash: spanHash(text.slice(q.start, q.end)), half: HALF, quote: null, speaker: null }));
      continue;
    }
    console.log(`=== ${file} (listing ${position}, order ${order}; ${quotes.length} quotations)`);
    console.log(text);
    quotes.forEach((q, k) => console.log(`  Q${k} ${q.start}-${q.end}: «${text.slice(q.start, q.end)}»`));
  }
}

if (process.argv[1]?.endsWith("sample-tune8.ts")) printTune8(process.argv.includes("--fixtures"));
