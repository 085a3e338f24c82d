import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { splitSentences } from "../text/sentences.js";
import { countWords } from "../text/words.js";
import type { Doc } from "../types.js";
import { findCandidates } from "./classify.js";
import { extractActors } from "./index.js";
import { tokenize } from "./tokens.js";

// Throughput of the actors stage alone (documents already cleaned and split),
// reported per core: `npx tsx loaders/actors/bench.ts [dir…]`.

export interface ActorBench {
  articles: number;
  words: number;
  seconds: number;
  wordsPerSecond: number;
  tagSeconds: number;
  classifySeconds: number;
}

export function benchActors(docs: Doc[]): ActorBench {
  const words = docs.reduce((n, d) => n + countWords(d.text), 0);
  let t = process.cpuUsage();
  const toks = docs.map((d) => tokenize(d));
  const tagSeconds = cpu(t);
  t = process.cpuUsage();
  docs.forEach((d, i) => findCandidates(d, toks[i]!));
  const classifySeconds = cpu(t);
  t = process.cpuUsage();
  extractActors(docs, { problems: [] });
  const seconds = cpu(t);
  return { articles: docs.length, words, seconds, wordsPerSecond: words / seconds, tagSeconds, classifySeconds };
}

function cpu(since: NodeJS.CpuUsage): number {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1e6;
}

export function formatActorBench(r: ActorBench): string {
  const k = (x: number) => Math.round(x).toLocaleString("en-US");
  return `actors: ${r.articles} articles, ${k(r.words)} words in ${r.seconds.toFixed(2)} CPU s → ${k(r.wordsPerSecond)} words/s per core (tokens and tags ${k(r.words / r.tagSeconds)} words/s, candidates ${k(r.words / r.classifySeconds)} words/s)`;
}

/** Articles from folders of .txt files, repeated under new ids up to `count`. */
export function benchCorpus(dirs: string[], count: number): Doc[] {
  const texts = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(join(d, f), "utf8")));
  if (!texts.length) return [];
  return Array.from({ length: count }, (_, i) => {
    const text = texts[i % texts.length]!;
    return { id: `bench-${i}`, text, published: null, sentences: splitSentences(text) };
  });
}

if (process.argv[1]?.endsWith("actors/bench.ts")) {
  const dirs = process.argv.slice(2).length ? process.argv.slice(2) : ["data/articles", "test/fixtures/actors"];
  const corpus = benchCorpus(dirs, Number(process.env.BENCH_ARTICLES ?? 2000));
  benchActors(corpus.slice(0, 50));
  console.log(formatActorBench(benchActors(corpus)));
}
