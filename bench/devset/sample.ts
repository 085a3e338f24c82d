// The dev set's fixed selection procedure. It reads only the corpus, never the
// extractor's output, so the sample cannot lean towards what the extractor finds.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ConllDoc, ConllSentence } from "./conll.js";

/** mulberry32: a small seeded generator, so the sample is the same on every machine. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Document indices 0..n-1 in a fixed shuffled order. */
export function shuffled(n: number, seed: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  const r = seeded(seed);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/**
 * A prose sentence: at least 8 tokens, ending in sentence punctuation, under a
 * fifth of them numbers (result tables, price lists and wrapped table lines are not news prose).
 */
export function isProse(s: ConllSentence): boolean {
  const numeric = s.tokens.filter((t) => /\d/.test(t)).length;
  return s.tokens.length >= 8 && /^[.!?"]$/.test(s.tokens.at(-1)!) && numeric / s.tokens.length < 0.2;
}

/** Event sentences of a document: its first `perDoc` prose sentences after the headline and dateline. */
export function eventSentences(doc: ConllDoc, perDoc: number): number[] {
  const picked: number[] = [];
  for (let i = 2; i < doc.sentences.length && picked.length < perDoc; i++) if (isProse(doc.sentences[i]!)) picked.push(i);
  return picked;
}

/** A short hash of a span of text, stored with each fixture to detect corpus or detokeniser drift. */
export const spanHash = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 10);

/** The fixed split: documents at even positions of the shuffled order tune, odd ones are held out. */
export const halfOf = (position: number): "tune" | "held-out" => (position % 2 === 0 ? "tune" : "held-out");

/** A quotation as the corpus marks it: tokens between a pair of straight double quotes. */
export interface QuoteSpan {
  /** First and last token inside the marks, as [sentence, token]. */
  from: [number, number];
  to: [number, number];
}

/** Every quotation of a document, pairing straight double quotes in order (the wire's convention). */
export function quotations(doc: ConllDoc): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let open: [number, number] | null = null;
  let last: [number, number] = [0, 0];
  doc.sentences.forEach((s, si) =>
    s.tokens.forEach((t, ti) => {
      if (t !== '"') return void (last = [si, ti]);
      if (!open) open = [si, ti];
      else {
        const [os, ot] = open;
        const from: [number, number] = ot + 1 < doc.sentences[os]!.tokens.length ? [os, ot + 1] : [os + 1, 0];
        if (last[0] > from[0] || (last[0] === from[0] && last[1] >= from[1])) out.push({ from, to: last });
        open = null;
      }
    }),
  );
  return out;
}

/** Character span of a quotation's inside in the rebuilt document text. */
export const quoteRange = (doc: ConllDoc, q: QuoteSpan) => ({
  start: doc.sentences[q.from[0]]!.starts[q.from[1]]!,
  end: doc.sentences[q.to[0]]!.ends[q.to[1]]!,
});

/**
 * Words naming political actors and settings (not the extractor's trigger verbs): the topic of
 * the political halves. tune2 takes a document holding any of them; held-out2, tune3 and
 * held-out3 two different ones, so a match report naming a club president once stays out.
 */
export const TOPIC_WORDS = new Set(
  "government minister ministry police army president troops rebels rebel military parliament embassy diplomat diplomats opposition guerrillas soldiers talks".split(" "),
);

/** How many different topic words a document holds (whole tokens, any case). */
export const topicWords = (d: ConllDoc) => new Set(d.sentences.flatMap((s) => s.tokens.map((t) => t.toLowerCase())).filter((t) => TOPIC_WORDS.has(t))).size;

/** Documents of `file` that a fixture line points at, but for the lines `own(fixtureFile, half)` calls the sampled half's own. */
export function usedDocs(file: string, own: (fixtureFile: string, half: string) => boolean): Set<number> {
  const out = new Set<number>();
  for (const f of ["events.jsonl", "quotes.jsonl"])
    for (const l of readFileSync(join("test/devset", f), "utf8").split("\n"))
      if (l.trim()) {
        const j = JSON.parse(l);
        if (j.corpus === file && !own(f, j.half)) out.add(j.doc);
      }
  return out;
}

/** Documents earlier seeded procedures walked: each seed's order up to its number of positions. */
export const walkedDocs = (n: number, walks: [seed: number, positions: number][]) => new Set(walks.flatMap(([seed, k]) => shuffled(n, seed).slice(0, k)));
