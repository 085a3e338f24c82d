// The events "tune9" sample (docs/events.md, "tune9"): a readable events half of fresh news, drawn
// from TBAQ (TimeBank and AQUAINT, AP/NYT/ABC/CNN/PRI/VOA/WSJ/Xinhua, 1989-2000). The rule is
// fixed here before any of its documents was printed, from the corpus text alone, never from the
// extractor's output.
//
// Exclusions:
// - every file a fixture line of any other half points at, events or quotes (held-out5's TBAQ
//   documents, tune8's, the AQUAINT lines of the first events halves: `usedFiles`);
// - the positions of the sorted listing earlier work read or keeps blind: `readPosition` (TBAQ1 of
//   the names sets, positions 0, 10, …, and every fourth from 4) and TBAQ2's positions 5, 15, …
//   (the blind names set);
// - eng.train has no topical document left (docs/held-out4.md), and eng.testa's remainder is the
//   same August 1996 wire as five earlier halves, so no CoNLL document is taken.
// Kept: a document with at least three different topic stems (held-out5's `topicStems`) and at
// most MAX_PROSE prose sentences (`isProse`, as held-out5 cuts them), so that EVERY prose sentence
// of a chosen document is coded, events and non-events alike, and one long feature does not fill
// the half. Taken in a mulberry32 order with a seed no earlier half used, stopping at the first
// document that brings the count to TARGET_SENTENCES. A first run of this rule stopped at
// 150 sentences; coding those 12 documents gave about 43 events, short of
// the 60 aimed at, so the target was raised to 230 in the same order (the first 12 documents
// unchanged) before any further document was printed.
// `npx tsx bench/devset/sample-tune9.ts` prints the chosen documents with their sentences
// numbered for annotation; `--fixtures` prints one fixture line per sentence with an empty event
// list and its hash.
import { join } from "node:path";
import { splitSentences } from "../../loaders/text/sentences.js";
import { readTbaq } from "../tbaq.js";
import { isProse, readPosition, topicStems, usedFiles, type Span } from "./sample-held-out5.js";
import { shuffled, spanHash } from "./sample.js";
import { timemlText } from "./timeml.js";

export const HALF = "tune9";
const CORPUS = "../shared/dev-corpora/tempeval3-tbaq";
/** A seed no earlier half used. */
export const SEED = 2037;
export const MAX_PROSE = 24;
export const TARGET_SENTENCES = 230;
const MIN_STEMS = 3;

/** TBAQ2's positions: the blind names set. */
const blindNames = (i: number) => i % 10 === 5;

export interface Tune9Doc { file: string; position: number; order: number; sentences: Span[] }

/** Every prose sentence of a text, cut on a copy with in-paragraph line wraps made spaces (same offsets). */
function proseSentences(text: string): Span[] {
  const flat = text.replace(/([^\n])\n(?=[^\n])/g, "$1 ");
  return splitSentences(flat).filter((s) => isProse(flat.slice(s.start, s.end))).map(({ start, end }) => ({ start, end }));
}

/** The half: eligible topical documents in the seeded order until TARGET_SENTENCES sentences. */
export function tune9Sample(): Tune9Doc[] {
  const listing = readTbaq(CORPUS).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((d) => `${d.part}/${d.id}.tml`);
  const used = usedFiles(HALF);
  const out: Tune9Doc[] = [];
  let n = 0;
  for (const [order, i] of shuffled(listing.length, SEED).entries()) {
    if (n >= TARGET_SENTENCES) break;
    const file = listing[i]!;
    if (readPosition(i) || blindNames(i) || used.has(file)) continue;
    const text = timemlText(join(CORPUS, file));
    if (topicStems(text) < MIN_STEMS) continue;
    const sentences = proseSentences(text);
    if (!sentences.length || sentences.length > MAX_PROSE) continue;
    out.push({ file, position: i, order, sentences });
    n += sentences.length;
  }
  return out;
}

/** Prints the half for annotation, or with `fixtures` one empty fixture line per sentence. */
export function printTune9(fixtures: boolean): void {
  for (const { file, position, order, sentences } of tune9Sample()) {
    const [part, name] = file.split("/") as [string, string];
    const text = timemlText(join(CORPUS, file));
    if (fixtures) {
      for (const s of sentences) console.log(JSON.stringify({ corpus: `tempeval3-tbaq/${part}`, file: name, start: s.start, end: s.end, hash: spanHash(text.slice(s.start, s.end)), half: HALF, events: [] }));
      continue;
    }
    console.log(`=== ${file} (listing ${position}, order ${order}; ${sentences.length} sentences)`);
    sentences.forEach((s, k) => console.log(`[S${k} ${s.start}-${s.end}] ${text.slice(s.start, s.end).replace(/\s+/g, " ")}`));
  }
}

if (process.argv[1]?.endsWith("sample-tune9.ts")) printTune9(process.argv.includes("--fixtures"));
