// The events "tune2" sample (docs/events.md, "Events, third half"): a rule over
// whole documents, fixed before any of them was read, and never the extractor's output.
// `npx tsx bench/devset/sample-events-tune2.ts` prints the chosen sentences numbered for annotation;
// `--batch 2` the second batch; `--fixtures` prints one fixture line per sentence with an empty event list and its hash.
import { join } from "node:path";
import { conllDocs } from "./conll.js";
import { isProse, shuffled, spanHash, topicWords, usedDocs } from "./sample.js";

const FILE = "conll2003/eng.train";
/**
 * Batches in the seed-18 order: quote tune2 stopped at position 365, batch 1 continues after it
 * and stopped at 419; batch 2 continues after that. Each batch stops at the first document that
 * brings it to 110 sentences.
 */
const BATCH_FIRST = [366, 420];
const PER_DOC = 8;
const TARGET_SENTENCES = 110;
export function tune2Sample(batch = 1): { doc: number; position: number; sentences: number[] }[] {
  const docs = conllDocs(join("../shared/dev-corpora", FILE));
  const order = shuffled(docs.length, 18);
  const skip = usedDocs(FILE, (f, half) => f === "events.jsonl" && half === "tune2");
  const out: { doc: number; position: number; sentences: number[] }[] = [];
  let count = 0;
  for (let p = BATCH_FIRST[batch - 1]!; p < order.length && count < TARGET_SENTENCES; p++) {
    const d = docs[order[p]!]!;
    if (skip.has(d.index)) continue;
    if (topicWords(d) < 1) continue;
    const picked: number[] = [];
    for (let i = 2; i < d.sentences.length && picked.length < PER_DOC; i++) if (isProse(d.sentences[i]!)) picked.push(i);
    if (!picked.length) continue;
    out.push({ doc: d.index, position: p, sentences: picked });
    count += picked.length;
  }
  return out;
}

if (process.argv[1]?.endsWith("sample-events-tune2.ts")) {
  const docs = conllDocs(join("../shared/dev-corpora", FILE));
  const batch = Number(process.argv[process.argv.indexOf("--batch") + 1]) || 1;
  for (const { doc, position, sentences } of tune2Sample(batch)) {
    const d = docs[doc]!;
    if (process.argv.includes("--fixtures")) {
      for (const i of sentences) {
        const s = d.sentences[i]!;
        console.log(JSON.stringify({ corpus: FILE, doc, sentence: i, hash: spanHash(d.text.slice(s.start, s.end)), half: "tune2", events: [] }));
      }
      continue;
    }
    console.log(`=== doc ${doc} (position ${position})\n[0] ${d.text.slice(d.sentences[0]!.start, d.sentences[0]!.end)}`);
    for (const i of sentences) console.log(`[${i}] ${d.text.slice(d.sentences[i]!.start, d.sentences[i]!.end)}`);
  }
}
