import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { extractActors } from "../actors/index.js";
import { extractDates } from "../dates/index.js";
import { discourse } from "../quotes/attribution.js";
import { extractQuotes } from "../quotes/index.js";
import { splitSentences } from "../text/sentences.js";
import { countWords } from "../text/words.js";
import type { ActorRow, Doc, ResolvedMention } from "../types.js";
import { extractFigures } from "./index.js";

// Throughput of the figures, quotes and dates stages alone, per core, on
// articles recombined from the seed and fixture paragraphs, with the actors
// stage's mentions computed beforehand (not timed):
//   npx tsx loaders/figures/bench.ts [articles]

export interface StageBench {
  stage: string;
  words: number;
  seconds: number;
  wordsPerSecond: number;
}

/** Paragraphs (one per line, 12+ words) of every .txt under the given folders. */
function paragraphPool(dirs: string[]): string[] {
  const out: string[] = [];
  for (const dir of dirs) {
    let files: string[] = [];
    try {
      files = readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith(".txt"));
    } catch {
      continue;
    }
    for (const f of files)
      for (const line of readFileSync(join(dir, f), "utf8").split(/\r?\n/))
        if (line.split(/\s+/).length >= 12) out.push(line.trim());
  }
  return out;
}

export function benchDocs(count: number, seed = 7): Doc[] {
  const pool = paragraphPool(["data/articles", "test/fixtures"]);
  let s = seed;
  const rand = () => ((s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  return Array.from({ length: count }, (_, i) => {
    const paras = Array.from({ length: 6 + Math.floor(rand() * 10) }, () => pool[Math.floor(rand() * pool.length)]!);
    const text = paras.join("\n\n");
    const month = 1 + Math.floor(rand() * 12);
    return { id: `b${i}`, text, published: `2024-${String(month).padStart(2, "0")}-15`, sentences: splitSentences(text) };
  });
}

export function benchStages(docs: Doc[]): StageBench[] {
  const { actors, mentions } = extractActors(docs, {});
  const byArticle = new Map<string, ResolvedMention[]>();
  for (const m of mentions) {
    const list = byArticle.get(m.article);
    if (list) list.push(m);
    else byArticle.set(m.article, [m]);
  }
  const actorById = new Map<string, ActorRow>(actors.map((a) => [a.id, a]));
  const words = docs.reduce((n, d) => n + countWords(d.text), 0);
  // Each stage on fresh Doc objects so the shared attribution cache (quotes/attribution.ts)
  // is paid by whichever stage runs first, as in the pipeline (figures runs before quotes).
  const fresh = () => docs.map((d) => ({ ...d }));
  const time = (stage: string, run: (d: Doc) => unknown): StageBench => {
    const ds = fresh();
    const t = process.cpuUsage();
    for (const d of ds) run(d);
    const u = process.cpuUsage(t);
    const seconds = (u.user + u.system) / 1e6;
    return { stage, words, seconds, wordsPerSecond: words / seconds };
  };
  return [
    time("attribution (shared)", (d) => discourse(d, byArticle.get(d.id) ?? [], actorById)),
    time("dates", (d) => extractDates(d)),
    time("figures", (d) => extractFigures(d, byArticle.get(d.id) ?? [], actorById)),
    time("quotes", (d) => extractQuotes(d, byArticle.get(d.id) ?? [], actorById)),
  ];
}

export function formatStageBench(rows: StageBench[]): string {
  const k = (x: number) => Math.round(x).toLocaleString("en-US");
  return rows.map((r) => `${r.stage}: ${k(r.words)} words in ${r.seconds.toFixed(2)} CPU s → ${k(r.wordsPerSecond)} words/s per core`).join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const docs = benchDocs(Number(process.argv[2] ?? 2000));
  benchStages(docs.slice(0, 50)); // warm-up
  console.log(formatStageBench(benchStages(docs)));
}
