// The quotes "tune7" sample (docs/quotes.md, "tune7"): a readable half for quote speakers drawn
// from the CoNLL documents no quotes work has read. Fixed here before any of its documents was
// printed, from the corpus text alone, never from the extractor's output.
//
// Exclusions, as the other samplers make them:
// - every document a fixture line of any other half points at, events or quotes (`usedDocs`);
// - every document with six or more straight quotation marks: an earlier round of quote tuning
//   (docs/quotes.md, "How this was tuned") ran the extractor over exactly those documents outside
//   the fixtures and read its rows, so they are not fresh text;
// - the names sets' read positions do not apply: TBAQ1 and TBAQ2 are TBAQ articles, and this half
//   takes none.
// What is left are documents with one or two quotations. eng.testa comes first (the file the name
// tagger never trained on, held-out4's source), then eng.train, each in a mulberry32 order with a
// seed no earlier half used; every quotation of each chosen document, every such document of both
// files (about 145 quotations, so that at least 100 are attributed).
// `npx tsx bench/devset/sample-tune7.ts` prints the chosen documents with their quotations
// numbered for annotation; `--fixtures` prints one empty fixture line per quotation and its hash.
import { join } from "node:path";
import { conllDocs } from "./conll.js";
import { quotations, quoteRange, shuffled, spanHash, usedDocs, type QuoteSpan } from "./sample.js";

export const HALF = "tune7";
export const FILES = ["conll2003/eng.testa", "conll2003/eng.train"] as const;
/** A seed no earlier half used. */
export const SEED = 2035;
/** The earlier round's direct reading opened documents from this many marks on. */
const READ_MARKS = 6;

export interface Tune7Doc { file: string; doc: number; position: number; quotes: QuoteSpan[] }

const marks = (tokens: string[][]) => tokens.flat().filter((t) => t === '"').length;

/** Every document of both files, in each file's seeded order, that no fixture uses, with a quotation and fewer than six marks. */
export function tune7Sample(): Tune7Doc[] {
  const out: Tune7Doc[] = [];
  for (const file of FILES) {
    const docs = conllDocs(join("../shared/dev-corpora", file));
    const used = usedDocs(file, (_f, half) => half === HALF);
    for (const [position, i] of shuffled(docs.length, SEED).entries()) {
      const d = docs[i]!;
      const quotes = quotations(d);
      if (used.has(i) || !quotes.length || marks(d.sentences.map((s) => s.tokens)) >= READ_MARKS) continue;
      out.push({ file, doc: i, position, quotes });
    }
  }
  return out;
}

/** Prints the half for annotation (each document up to two sentences after its last quotation), or with `fixtures` one empty fixture line per quotation. */
export function printTune7(fixtures: boolean): void {
  const cache = new Map(FILES.map((f) => [f, conllDocs(join("../shared/dev-corpora", f))]));
  for (const { file, doc, position, quotes } of tune7Sample()) {
    const d = cache.get(file as (typeof FILES)[number])![doc]!;
    if (!fixtures) {
      console.log(`=== ${file} doc ${doc} (position ${position}; ${quotes.length} quotations)`);
      const last = Math.max(...quotes.map((q) => q.to[0]));
      d.sentences.slice(0, last + 3).forEach((s, i) => console.log(`[${i}] ${d.text.slice(s.start, s.end)}`));
    }
    quotes.forEach((q, k) => {
      const r = quoteRange(d, q);
      if (fixtures) console.log(JSON.stringify({ corpus: file, doc, from: q.from, to: q.to, hash: spanHash(d.text.slice(r.start, r.end)), half: HALF, quote: null, speaker: null }));
      else console.log(`  Q${k} ${JSON.stringify(q.from)}-${JSON.stringify(q.to)}: «${d.text.slice(r.start, r.end)}»`);
    });
  }
}

if (process.argv[1]?.endsWith("sample-tune7.ts")) printTune7(process.argv.includes("--fixtures"));
