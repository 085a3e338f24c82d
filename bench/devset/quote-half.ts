// A readable quotes half's sampling procedure (tune5, tune6): one seeded order of a CoNLL file,
// skipping every document a fixture of any half points at, keeping documents with several
// quotations and pronoun attributions ("he said" after a run of quotations, what the blind halves
// showed to be hard), every quotation of each. A rule over the corpus text alone, fixed before any
// of its documents was read, and never the extractor's output.
import { join } from "node:path";
import { conllDocs, type ConllDoc } from "./conll.js";
import { quotations, quoteRange, shuffled, spanHash, usedDocs, type QuoteSpan } from "./sample.js";

export interface QuoteHalf {
  half: string;
  /** The corpus file sampled, under ../shared/dev-corpora. */
  file: string;
  seed: number;
  minQuotes: number;
  minPronounAttributions: number;
  /** The procedure stops at the first document that brings the quotation count to this. */
  targetQuotes: number;
}

/** A pronoun credited with speech next to its verb: "he said", "she told", "said he". */
export const PRONOUN_ATTRIBUTION = /\b(?:he|she) (?:said|says|told|added)\b|\bsaid (?:he|she)\b/gi;

export const pronounAttributions = (d: ConllDoc) => (d.text.match(PRONOUN_ATTRIBUTION) ?? []).length;

export interface QuoteHalfDoc { doc: number; position: number; quotes: QuoteSpan[] }

/**
 * The file's documents in the half's seeded order, skipping every document a fixture line of
 * another half points at (events or quotes), keeping those with at least `minQuotes` quotation
 * pairs and `minPronounAttributions` pronoun attributions. Documents earlier procedures walked
 * without choosing them are not skipped: no sampler printed them.
 */
export function quoteHalfSample(h: QuoteHalf): QuoteHalfDoc[] {
  const docs = conllDocs(join("../shared/dev-corpora", h.file));
  const used = usedDocs(h.file, (_f, half) => half === h.half);
  const out: QuoteHalfDoc[] = [];
  let n = 0;
  for (const [position, i] of shuffled(docs.length, h.seed).entries()) {
    if (n >= h.targetQuotes) break;
    const d = docs[i]!;
    const quotes = quotations(d);
    if (used.has(i) || quotes.length < h.minQuotes || pronounAttributions(d) < h.minPronounAttributions) continue;
    out.push({ doc: i, position, quotes });
    n += quotes.length;
  }
  return out;
}

/** Prints the half for annotation (documents whole, quotations numbered), or with `fixtures` one empty fixture line per quotation and its hash. */
export function printQuoteHalf(h: Pick<QuoteHalf, "half" | "file">, fixtures: boolean, sample: QuoteHalfDoc[] = quoteHalfSample(h as QuoteHalf)): void {
  const docs = conllDocs(join("../shared/dev-corpora", h.file));
  for (const { doc, position, quotes } of sample) {
    const d = docs[doc]!;
    if (!fixtures) {
      console.log(`=== doc ${doc} (position ${position}; ${quotes.length} quotations)`);
      d.sentences.forEach((s, i) => console.log(`[${i}] ${d.text.slice(s.start, s.end)}`));
    }
    quotes.forEach((q, k) => {
      const r = quoteRange(d, q);
      if (fixtures) console.log(JSON.stringify({ corpus: h.file, doc, from: q.from, to: q.to, hash: spanHash(d.text.slice(r.start, r.end)), half: h.half, quote: null, speaker: null }));
      else console.log(`  Q${k} ${JSON.stringify(q.from)}-${JSON.stringify(q.to)}: «${d.text.slice(r.start, r.end)}»`);
    });
  }
}
