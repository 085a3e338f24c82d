import { readdirSync, readFileSync } from "node:fs";
import { extname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { ingestBytes, readSources, type RawArticle, type SourceMeta } from "../loaders/ingest/index.js";
import { mulberry32 } from "./corpus.js";
import { countWords } from "../loaders/text/words.js";
import { cleanArticle, repeatedLines } from "../loaders/clean/index.js";

// Throughput of ingest + clean on a corpus generated reproducibly (seeded PRNG)
// from the seed articles and the clean fixtures: each copy reorders body
// paragraphs, renumbers figures and varies encoding and line ends, so decoding,
// HTML extraction and classification all do real work on every article.

export interface BenchResult {
  articles: number;
  bytes: number;
  words: number;
  /** Wall-clock seconds. */
  seconds: number;
  /** CPU seconds of this process: per-core cost, unaffected by other processes on a busy machine. */
  cpuSeconds: number;
  /** Words per CPU second. */
  wordsPerSecond: number;
  byFormat: Record<string, { articles: number; words: number; seconds: number }>;
}

interface Source {
  name: string;
  bytes: Buffer;
  meta: SourceMeta | null;
}

export function loadSources(dirs: string[]): Source[] {
  const out: Source[] = [];
  for (const dir of dirs) {
    const { meta } = readSources(dir);
    for (const f of readdirSync(dir).sort())
      if ([".txt", ".md", ".html", ".htm"].includes(extname(f))) out.push({ name: f, bytes: readFileSync(join(dir, f)), meta: meta.get(f) ?? null });
  }
  return out;
}

/** `count` article files (name, bytes, meta) derived from `sources`, the same for the same seed. */
export function generateCorpus(sources: Source[], count: number, seed = 42): Source[] {
  const rnd = mulberry32(seed);
  const out: Source[] = [];
  for (let i = 0; i < count; i++) {
    const src = sources[i % sources.length]!;
    let text = src.bytes.toString("utf8");
    if (extname(src.name) !== ".html") {
      // Shuffle the middle paragraphs: the head and the tail furniture stay where sites put them.
      const lines = text.split("\n");
      const lo = Math.min(3, lines.length), hi = Math.max(lo, lines.length - 6);
      for (let k = hi - 1; k > lo; k--) {
        const j = lo + Math.floor(rnd() * (k - lo + 1));
        [lines[k], lines[j]] = [lines[j]!, lines[k]!];
      }
      text = lines.join("\n");
    }
    text = text.replace(/\d+/g, (d) => String((Number(d) + i) % 10 ** d.length).padStart(d.length, "0"));
    const r = rnd();
    let bytes: Buffer;
    if (r < 0.1) bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    else if (r < 0.3) bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text.replace(/\n/g, "\r\n"))]);
    else bytes = Buffer.from(text);
    const name = `${String(i).padStart(5, "0")}-${src.name}`;
    out.push({ name, bytes, meta: src.meta ? { ...src.meta, file: name } : null });
  }
  return out;
}

export function runBench(corpus: Source[]): BenchResult {
  const byFormat: BenchResult["byFormat"] = {};
  let words = 0, bytes = 0;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const raws: RawArticle[] = [];
  const times: number[] = [];
  for (const s of corpus) {
    const a = performance.now();
    raws.push(ingestBytes(s.name, s.bytes, s.meta));
    times.push(performance.now() - a);
    bytes += s.bytes.length;
  }
  const byOutlet = new Map<string, string[]>();
  for (const r of raws) byOutlet.set(r.meta?.outlet ?? "", [...(byOutlet.get(r.meta?.outlet ?? "") ?? []), r.content]);
  const repeated = new Map([...byOutlet].map(([k, v]) => [k, repeatedLines(v)]));
  raws.forEach((r, i) => {
    const a = performance.now();
    const clean = cleanArticle(r, { repeated: repeated.get(r.meta?.outlet ?? "") });
    const ms = times[i]! + performance.now() - a;
    const n = countWords(clean.text);
    words += n;
    const f = (byFormat[r.format] ??= { articles: 0, words: 0, seconds: 0 });
    f.articles++;
    f.words += n;
    f.seconds += ms / 1000;
  });
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return { articles: corpus.length, bytes, words, seconds, cpuSeconds, wordsPerSecond: words / cpuSeconds, byFormat };
}

export function formatBench(r: BenchResult): string {
  const k = (n: number) => Math.round(n).toLocaleString("en-US");
  const lines = [
    `ingest+clean: ${r.articles} articles, ${(r.bytes / 1e6).toFixed(1)} MB, ${k(r.words)} words in ${r.cpuSeconds.toFixed(2)} CPU s (${r.seconds.toFixed(2)} s wall) → ${k(r.wordsPerSecond)} words/s per core`,
  ];
  // Per format, wall-clock: the formats interleave, so CPU time is not split by format.
  for (const [f, v] of Object.entries(r.byFormat)) lines.push(`  ${f.padEnd(5)} ${String(v.articles).padStart(5)} articles  ${k(v.words / v.seconds).padStart(9)} words/s (wall)`);
  return lines.join("\n");
}

// `npx tsx bench/clean.ts [articles]`: this stage alone (npm run bench times the whole pipeline).
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const corpus = generateCorpus(loadSources(["data/articles", "test/fixtures/clean"]), Number(process.argv[2] ?? 2000));
  runBench(corpus.slice(0, 50)); // warm-up: JIT and lazy module state
  console.log(formatBench(runBench(corpus)));
}
