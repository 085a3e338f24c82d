// The "held-out3" sample (docs/held-out3.md): a blind half, a rule over whole documents fixed
// before any of them was read, and never the extractor's output.
// `npx tsx bench/devset/sample-held-out3.ts` prints the chosen documents, their event sentences
// starred and their quotations numbered for annotation; `--fixtures` prints one fixture line per
// sentence and per quotation with an empty annotation and its hash.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { conllDocs, type ConllDoc } from "./conll.js";
import { eventSentences, quotations, quoteRange, shuffled, spanHash, type QuoteSpan } from "./sample.js";

const FILE = "conll2003/eng.train";
/** A seed no earlier half used. */
const SEED = 2029;
/**
 * Documents earlier procedures walked (and so may have read) are left out, not only the ones a
 * fixture points at: the seed-18 order up to 458 (quotes, events tune2), the seed-2027 order up
 * to 368 (held-out2's events and quotes) and the seed-2028 order up to 302 (tune3's events; its
 * loop stopped before reading position 303).
 */
const WALKED: [seed: number, positions: number][] = [[18, 459], [2027, 369], [2028, 303]];
const PER_DOC = 8;
const TARGET_SENTENCES = 150;
const TARGET_QUOTES = 80;
/** held-out2's topic words; two different ones are required, as there and in tune3. */
const TOPIC = new Set(
  "government minister ministry police army president troops rebels rebel military parliament embassy diplomat diplomats opposition guerrillas soldiers talks".split(" "),
);

/** Documents a fixture of any other half points at. */
function used(): Set<number> {
  const out = new Set<number>();
  for (const f of ["events.jsonl", "quotes.jsonl"])
    for (const l of readFileSync(join("test/devset", f), "utf8").split("\n"))
      if (l.trim()) {
        const j = JSON.parse(l);
        if (j.corpus === FILE && j.half !== "held-out3") out.add(j.doc);
      }
  return out;
}

const topical = (d: ConllDoc) => new Set(d.sentences.flatMap((s) => s.tokens.map((t) => t.toLowerCase())).filter((t) => TOPIC.has(t))).size >= 2;

export interface Held3Doc { doc: number; position: number; sentences: number[]; quotes: QuoteSpan[] }

/**
 * Documents in the seed-2029 order, skipping the walked and used ones and those that are not
 * topical. Events: the first 8 prose sentences of each (`eventSentences`) until 150 sentences.
 * Quotes: every quotation of the same documents in the same order until 80 quotations. Each list
 * stops at the first document that brings it to its target; a document can serve one list or both.
 */
export function heldOut3Sample(): Held3Doc[] {
  const docs = conllDocs(join("../shared/dev-corpora", FILE));
  const walked = new Set(WALKED.flatMap(([seed, n]) => shuffled(docs.length, seed).slice(0, n)));
  const skip = used();
  const out: Held3Doc[] = [];
  let nSentences = 0, nQuotes = 0;
  for (const [p, i] of shuffled(docs.length, SEED).entries()) {
    if (nSentences >= TARGET_SENTENCES && nQuotes >= TARGET_QUOTES) break;
    const d = docs[i]!;
    if (walked.has(i) || skip.has(i) || !topical(d)) continue;
    const sentences = nSentences < TARGET_SENTENCES ? eventSentences(d, PER_DOC) : [];
    const quotes = nQuotes < TARGET_QUOTES ? quotations(d) : [];
    if (!sentences.length && !quotes.length) continue;
    out.push({ doc: i, position: p, sentences, quotes });
    nSentences += sentences.length;
    nQuotes += quotes.length;
  }
  return out;
}

if (process.argv[1]?.endsWith("sample-held-out3.ts")) {
  const docs = conllDocs(join("../shared/dev-corpora", FILE));
  const fixtures = process.argv.includes("--fixtures");
  for (const { doc, position, sentences, quotes } of heldOut3Sample()) {
    const d = docs[doc]!;
    if (fixtures) {
      for (const i of sentences) {
        const s = d.sentences[i]!;
        console.log(JSON.stringify({ corpus: FILE, doc, sentence: i, hash: spanHash(d.text.slice(s.start, s.end)), half: "held-out3", events: [] }));
      }
      for (const q of quotes) {
        const r = quoteRange(d, q);
        console.log(JSON.stringify({ corpus: FILE, doc, from: q.from, to: q.to, hash: spanHash(d.text.slice(r.start, r.end)), half: "held-out3", quote: null, speaker: null }));
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
