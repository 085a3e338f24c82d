// The events "tune3" sample (docs/events.md, "tune3 and recall on unseen news"): a rule over
// whole documents, fixed before any of them was read, and never the extractor's output.
// `npx tsx bench/devset/sample-tune3.ts` prints the chosen documents with their event sentences
// starred for annotation; `--fixtures` prints one fixture line per sentence with an empty event
// list and its hash.
import { join } from "node:path";
import { conllDocs } from "./conll.js";
import { eventSentences, shuffled, spanHash, topicWords, usedDocs, walkedDocs } from "./sample.js";

const FILE = "conll2003/eng.train";
/** A seed no earlier half used. */
const SEED = 2028;
/**
 * Documents earlier procedures walked (and so may have read) are left out, not only the ones a
 * fixture points at: the seed-18 order up to 458 (quotes, events tune2) and the seed-2027 order
 * up to 368 (held-out2's events and quotes).
 */
const WALKED: [seed: number, positions: number][] = [[18, 459], [2027, 369]];
const PER_DOC = 8;
const TARGET_SENTENCES = 150;

/** Documents in the seed-2028 order, not walked, not used, topical; the first 8 prose sentences of each until 150. */
export function tune3Sample(): { doc: number; position: number; sentences: number[] }[] {
  const docs = conllDocs(join("../shared/dev-corpora", FILE));
  const walked = walkedDocs(docs.length, WALKED);
  const skip = usedDocs(FILE, (_f, half) => half === "tune3");
  const out: { doc: number; position: number; sentences: number[] }[] = [];
  let count = 0;
  for (const [p, i] of shuffled(docs.length, SEED).entries()) {
    if (count >= TARGET_SENTENCES) break;
    const d = docs[i]!;
    if (walked.has(i) || skip.has(i) || topicWords(d) < 2) continue;
    const sentences = eventSentences(d, PER_DOC);
    if (!sentences.length) continue;
    out.push({ doc: i, position: p, sentences });
    count += sentences.length;
  }
  return out;
}

if (process.argv[1]?.endsWith("sample-tune3.ts")) {
  const docs = conllDocs(join("../shared/dev-corpora", FILE));
  for (const { doc, position, sentences } of tune3Sample()) {
    const d = docs[doc]!;
    if (process.argv.includes("--fixtures")) {
      for (const i of sentences) {
        const s = d.sentences[i]!;
        console.log(JSON.stringify({ corpus: FILE, doc, sentence: i, hash: spanHash(d.text.slice(s.start, s.end)), half: "tune3", events: [] }));
      }
      continue;
    }
    console.log(`=== doc ${doc} (position ${position}; events ${sentences.join(",")})`);
    d.sentences.forEach((s, i) => { if (i <= Math.max(...sentences)) console.log(`${sentences.includes(i) ? "*" : " "}[${i}] ${d.text.slice(s.start, s.end)}`); });
  }
}
