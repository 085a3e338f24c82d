// The events "tune12" sample (docs/events.md, "tune12"): a readable events half of fresh news,
// drawn from the Reuters 1996 wire left in eng.train and from TBAQ (TimeBank and AQUAINT). The rule
// is fixed here before any of its documents was printed, from the corpus text alone, never from the
// extractor's output.
//
// Exclusions:
// - every document or file a fixture line of any other half points at, events or quotes
//   (`usedDocs` for eng.train, `usedFiles` for TBAQ);
// - eng.testa entirely (the names benches score on it, and the first events halves drew from it);
// - TBAQ's names sets: positions 0, 10, … (TBAQ1) and 5, 15, … (TBAQ2) of the sorted listing.
// Kept: an eng.train document with at least two different topic words (`topicWords`) and a TBAQ
// article with at least three different topic stems (`topicStems`), each with 1..MAX_PROSE prose
// sentences, so that EVERY prose sentence of a chosen document is coded, events and non-events
// alike. Both pools in one mulberry32 order with a seed no earlier half used, stopping at the first
// document that brings the count to TARGET_SENTENCES.
// Not fresh to the project: earlier rounds ran the extractor over every unfixtured document (the
// outside sample) and read some of its rows without gold; none of these was annotated before.
// `npx tsx bench/devset/sample-tune12.ts` prints the chosen documents with their sentences
// numbered for annotation; `--fixtures` prints one fixture line per sentence with an empty event list.
import { join } from "node:path";
import { splitSentences } from "../../loaders/text/sentences.js";
import { readTbaq } from "../tbaq.js";
import { conllDocs } from "./conll.js";
import { isProse as tbaqProse, topicStems, usedFiles, type Span } from "./sample-held-out5.js";
import { isProse, shuffled, spanHash, topicWords, usedDocs } from "./sample.js";
import { timemlText } from "./timeml.js";

/** A fresh readable half's configuration: its name, its seed and how political a document must be. */
export interface FreshHalf { half: string; seed: number; minWords: number; minStems: number }

export const TUNE12: FreshHalf = { half: "tune12", seed: 2053, minWords: 2, minStems: 3 };
const CORPORA = "../shared/dev-corpora";
const TBAQ = join(CORPORA, "tempeval3-tbaq");
const TRAIN = "conll2003/eng.train";
export const MAX_PROSE = 24;
export const TARGET_SENTENCES = 240;

const namesSet = (i: number) => i % 10 === 0 || i % 10 === 5;

/** One pooled document with its prose sentences: CoNLL by sentence index, TBAQ by character span. */
export type FreshDoc =
  | { kind: "conll"; doc: number; sentences: number[] }
  | { kind: "tbaq"; file: string; sentences: Span[] };

/** Every prose sentence of a TBAQ text, cut on a copy with in-paragraph line wraps made spaces (same offsets). */
function proseSpans(text: string): Span[] {
  const flat = text.replace(/([^\n])\n(?=[^\n])/g, "$1 ");
  return splitSentences(flat).filter((s) => tbaqProse(flat.slice(s.start, s.end))).map(({ start, end }) => ({ start, end }));
}

/** Every eligible document, eng.train first then the sorted TBAQ listing (the order the seed shuffles). */
function pool(h: FreshHalf): FreshDoc[] {
  const out: FreshDoc[] = [];
  const usedTrain = usedDocs(TRAIN, (_f, half) => half === h.half);
  conllDocs(join(CORPORA, TRAIN)).forEach((d, i) => {
    if (usedTrain.has(i) || topicWords(d) < h.minWords) return;
    const sentences = d.sentences.flatMap((s, k) => (k > 0 && isProse(s) ? [k] : []));
    if (sentences.length && sentences.length <= MAX_PROSE) out.push({ kind: "conll", doc: i, sentences });
  });
  const used = usedFiles(h.half);
  const listing = readTbaq(TBAQ).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((d) => `${d.part}/${d.id}.tml`);
  listing.forEach((file, i) => {
    if (namesSet(i) || used.has(file)) return;
    const text = timemlText(join(TBAQ, file));
    if (topicStems(text) < h.minStems) return;
    const sentences = proseSpans(text);
    if (sentences.length && sentences.length <= MAX_PROSE) out.push({ kind: "tbaq", file, sentences });
  });
  return out;
}

/** The half: pooled documents in the seeded order until TARGET_SENTENCES sentences. */
export function freshSample(h: FreshHalf): FreshDoc[] {
  const docs = pool(h);
  const out: FreshDoc[] = [];
  let n = 0;
  for (const i of shuffled(docs.length, h.seed)) {
    if (n >= TARGET_SENTENCES) break;
    out.push(docs[i]!);
    n += docs[i]!.sentences.length;
  }
  return out;
}

/** Prints the half for annotation, or with `fixtures` one empty fixture line per sentence. */
export function printFresh(h: FreshHalf, fixtures: boolean): void {
  const train = conllDocs(join(CORPORA, TRAIN));
  for (const d of freshSample(h)) {
    if (d.kind === "conll") {
      const doc = train[d.doc]!;
      if (!fixtures) console.log(`=== ${TRAIN} doc ${d.doc} (${d.sentences.length} sentences)\n[H] ${doc.text.slice(doc.sentences[0]!.start, doc.sentences[0]!.end)}`);
      for (const k of d.sentences) {
        const s = doc.sentences[k]!, span = doc.text.slice(s.start, s.end);
        if (fixtures) console.log(JSON.stringify({ corpus: TRAIN, doc: d.doc, sentence: k, hash: spanHash(span), half: h.half, events: [] }));
        else console.log(`[S${k}] ${span}`);
      }
      continue;
    }
    const [part, name] = d.file.split("/") as [string, string];
    const text = timemlText(join(TBAQ, d.file));
    if (!fixtures) console.log(`=== ${d.file} (${d.sentences.length} sentences)`);
    d.sentences.forEach((s, k) => {
      const span = text.slice(s.start, s.end);
      if (fixtures) console.log(JSON.stringify({ corpus: `tempeval3-tbaq/${part}`, file: name, start: s.start, end: s.end, hash: spanHash(span), half: h.half, events: [] }));
      else console.log(`[S${k} ${s.start}-${s.end}] ${span.replace(/\s+/g, " ")}`);
    });
  }
}

if (process.argv[1]?.endsWith("sample-tune12.ts")) printFresh(TUNE12, process.argv.includes("--fixtures"));
