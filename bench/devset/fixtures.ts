// The events/quotes dev set (test/devset/*.jsonl) resolved against ../shared/dev-corpora:
// each fixture's span is recomputed from its document and offsets and checked against its hash.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { conllDocs } from "./conll.js";
import { quoteRange, spanHash } from "./sample.js";
import { timemlDate, timemlText } from "./timeml.js";

export type Half = "tune" | "held-out" | "tune2" | "held-out2" | "tune3" | "held-out3" | "tune4" | "held-out4" | "tune5" | "tune6" | "tune7" | "tune8" | "held-out5" | "tune9" | "tune10" | "tune11" | "tune12" | "tune13" | "tune14q";
export type Names = (string | null)[] | null;
export interface GoldEvent { type: string; source: Names; target: Names; mode: string; negated: boolean }
export interface DevDoc { id: string; text: string; published: string | null }
export interface EventSentence { doc: string; start: number; end: number; half: Half; events: GoldEvent[] }
export interface GoldQuote { doc: string; start: number; end: number; half: Half; quote: boolean; speaker: Names }

const CORPORA = "../shared/dev-corpora";
const lines = (path: string) => readFileSync(path, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));

function check(where: string, text: string, hash: string): void {
  if (spanHash(text) !== hash) throw new Error(`${where}: the corpus text no longer matches the fixture's hash (${hash}); the corpus or the detokeniser changed`);
}

/** Every document the dev set touches, and its gold sentences and quotations. */
export function loadDevSet(root = "test/devset"): { docs: Map<string, DevDoc>; sentences: EventSentence[]; quotes: GoldQuote[] } {
  const docs = new Map<string, DevDoc>();
  const conll = (file: string, index: number) => {
    const id = `${file.replace(/\W+/g, "-")}-${index}`;
    const d = conllDocs(join(CORPORA, file))[index];
    if (!d) throw new Error(`${file}: no document ${index}`);
    if (!docs.has(id)) docs.set(id, { id, text: d.text, published: "1996-08-30" });
    return { id, d };
  };
  /** A TimeML (TBAQ) document by its fixture's corpus folder and file, read once. */
  const timeml = (corpus: string, file: string) => {
    const path = join(CORPORA, corpus, file);
    const id = file.replace(/\.tml$/, "");
    if (!docs.has(id)) docs.set(id, { id, text: timemlText(path), published: timemlDate(path) });
    return id;
  };
  const sentences: EventSentence[] = lines(join(root, "events.jsonl")).map((f) => {
    if (f.corpus.startsWith("conll2003/")) {
      const { id, d } = conll(f.corpus, f.doc);
      const s = d.sentences[f.sentence]!;
      check(`${f.corpus} doc ${f.doc} sentence ${f.sentence}`, d.text.slice(s.start, s.end), f.hash);
      return { doc: id, start: s.start, end: s.end, half: f.half, events: f.events };
    }
    const id = timeml(f.corpus, f.file);
    check(`${f.file} ${f.start}-${f.end}`, docs.get(id)!.text.slice(f.start, f.end), f.hash);
    return { doc: id, start: f.start, end: f.end, half: f.half, events: f.events };
  });
  const quotes: GoldQuote[] = lines(join(root, "quotes.jsonl")).map((f) => {
    // TBAQ quotations (held-out5) are character offsets of the inside of the marks, as TBAQ sentences are.
    if (f.corpus.startsWith("tempeval3-tbaq")) {
      const id = timeml(f.corpus, f.file);
      check(`${f.file} quote ${f.start}-${f.end}`, docs.get(id)!.text.slice(f.start, f.end), f.hash);
      return { doc: id, start: f.start, end: f.end, half: f.half, quote: f.quote, speaker: f.speaker };
    }
    const { id, d } = conll(f.corpus, f.doc);
    const r = quoteRange(d, { from: f.from, to: f.to });
    check(`${f.corpus} doc ${f.doc} quote ${f.from}`, d.text.slice(r.start, r.end), f.hash);
    return { doc: id, ...r, half: f.half, quote: f.quote, speaker: f.speaker };
  });
  return { docs, sentences, quotes };
}
