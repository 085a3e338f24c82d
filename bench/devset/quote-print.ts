// Printing a quotes half for annotation, shared by the samplers that draw one (tune11, tune14q).
import { join } from "node:path";
import { conllDocs } from "./conll.js";
import { quotations as tbaqQuotations } from "./sample-held-out5.js";
import { quotations, quoteRange, spanHash } from "./sample.js";

const CORPORA = "../shared/dev-corpora";

export type QuoteDoc = { kind: "conll"; file: string; doc: number } | { kind: "tbaq"; file: string; text: string };

/** Documents whole with their quotations numbered, or with `fixtures` one empty fixture line per quotation. */
export function printQuoteDocs(docs: readonly QuoteDoc[], half: string, fixtures: boolean): void {
  for (const d of docs) {
    if (d.kind === "conll") {
      const doc = conllDocs(join(CORPORA, d.file))[d.doc]!;
      const qs = quotations(doc);
      if (!fixtures) console.log(`=== ${d.file} doc ${d.doc} (${qs.length} quotations)\n${doc.text}`);
      qs.forEach((q, k) => {
        const r = quoteRange(doc, q);
        const span = doc.text.slice(r.start, r.end);
        if (fixtures) console.log(JSON.stringify({ corpus: d.file, doc: d.doc, from: q.from, to: q.to, hash: spanHash(span), half, quote: null, speaker: null }));
        else console.log(`  Q${k} ${r.start}-${r.end}: «${span}»`);
      });
      continue;
    }
    const [part, name] = d.file.split("/") as [string, string];
    const qs = tbaqQuotations(d.text);
    if (!fixtures) console.log(`=== ${d.file} (${qs.length} quotations)\n${d.text}`);
    qs.forEach((q, k) => {
      const span = d.text.slice(q.start, q.end);
      if (fixtures) console.log(JSON.stringify({ corpus: `tempeval3-tbaq/${part}`, file: name, start: q.start, end: q.end, hash: spanHash(span), half, quote: null, speaker: null }));
      else console.log(`  Q${k} ${q.start}-${q.end}: «${span}»`);
    });
  }
}
