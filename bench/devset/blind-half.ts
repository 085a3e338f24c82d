// A blind half's sampling procedure (held-out2, held-out3, tune4, held-out4): one seeded order of a CoNLL file (eng.train unless given),
// skipping documents earlier procedures walked or a fixture uses and those off the political
// topic; events from each document's first prose sentences, quotations from the same documents.
// Each half is a configuration of it, fixed before any of its documents was read.
import { join } from "node:path";
import { conllDocs } from "./conll.js";
import { eventSentences, quotations, quoteRange, shuffled, spanHash, topicWords, usedDocs, walkedDocs, type QuoteSpan } from "./sample.js";

export const FILE = "conll2003/eng.train";
const PER_DOC = 8;

export interface BlindHalf {
  half: string;
  /** The corpus file sampled, under ../shared/dev-corpora; eng.train unless given. */
  file?: string;
  seed: number;
  walked: [seed: number, positions: number][];
  targetSentences: number;
  targetQuotes: number;
}

export interface BlindDoc { doc: number; position: number; sentences: number[]; quotes: QuoteSpan[] }

/**
 * Documents in the half's seeded order, skipping the walked and used ones and those with fewer
 * than two topic words. Events: the first 8 prose sentences of each (`eventSentences`) until the
 * sentence target; quotes: every quotation of the same documents in the same order until the
 * quote target. Each list stops at the first document that brings it to its target; a document
 * can serve one list or both.
 */
export function blindHalfSample(h: BlindHalf): BlindDoc[] {
  const file = h.file ?? FILE;
  const docs = conllDocs(join("../shared/dev-corpora", file));
  const walked = walkedDocs(docs.length, h.walked);
  const skip = usedDocs(file, (_f, half) => half === h.half);
  const out: BlindDoc[] = [];
  let nSentences = 0, nQuotes = 0;
  for (const [p, i] of shuffled(docs.length, h.seed).entries()) {
    if (nSentences >= h.targetSentences && nQuotes >= h.targetQuotes) break;
    const d = docs[i]!;
    if (walked.has(i) || skip.has(i) || topicWords(d) < 2) continue;
    const sentences = nSentences < h.targetSentences ? eventSentences(d, PER_DOC) : [];
    const quotes = nQuotes < h.targetQuotes ? quotations(d) : [];
    if (!sentences.length && !quotes.length) continue;
    out.push({ doc: i, position: p, sentences, quotes });
    nSentences += sentences.length;
    nQuotes += quotes.length;
  }
  return out;
}

/** Prints the half for annotation (documents, event sentences starred, quotations numbered), or with `--fixtures` one empty fixture line per sentence and quotation. */
export function printBlindHalf(h: BlindHalf, fixtures: boolean): void {
  const file = h.file ?? FILE;
  const docs = conllDocs(join("../shared/dev-corpora", file));
  for (const { doc, position, sentences, quotes } of blindHalfSample(h)) {
    const d = docs[doc]!;
    if (fixtures) {
      for (const i of sentences) {
        const s = d.sentences[i]!;
        console.log(JSON.stringify({ corpus: file, doc, sentence: i, hash: spanHash(d.text.slice(s.start, s.end)), half: h.half, events: [] }));
      }
      for (const q of quotes) {
        const r = quoteRange(d, q);
        console.log(JSON.stringify({ corpus: file, doc, from: q.from, to: q.to, hash: spanHash(d.text.slice(r.start, r.end)), half: h.half, quote: null, speaker: null }));
      }
      continue;
    }
    console.log(`=== doc ${doc} (position ${position}; events ${sentences.join(",") || "-"}; ${quotes.length} quotations)`);
    d.sentences.forEach((s, i) => console.log(`${sentences.includes(i) ? "*" : " "}[${i}] ${d.text.slice(s.start, s.end)}`));
    quotes.forEach((q, k) => {
      const r = quoteRange(d, q);
      console.log(`  Q${k} ${JSON.stringify(q.from)}-${JSON.stringify(q.to)}: «${d.text.slice(r.start, r.end)}»`);
    });
  }
}
