import { readFileSync } from "node:fs";
import { join } from "node:path";
import { articleCandidates } from "../loaders/actors/index.js";
import { resolve as resolveCandidates } from "../loaders/actors/rows.js";
import { cleanArticle } from "../loaders/clean/index.js";
import { extractDates } from "../loaders/dates/index.js";
import { extractEvents } from "../loaders/events/index.js";
import { extractFigures } from "../loaders/figures/index.js";
import { ingestBytes, listArticleFiles, readSources } from "../loaders/ingest/index.js";
import { planArticles } from "../loaders/pipeline.js";
import { extractQuotes } from "../loaders/quotes/index.js";
import { splitSentences } from "../loaders/text/sentences.js";
import { countWords } from "../loaders/text/words.js";
import type { ActorRow, Doc, ResolvedMention } from "../loaders/types.js";

export const STAGES = ["ingest", "clean", "dates", "actors", "figures", "quotes", "events"] as const;
export type Stage = (typeof STAGES)[number];

/** Milliseconds per stage for one pass over the folder, on this thread, and the words counted. */
export function timeStages(dir: string): { ms: Record<Stage, number>; words: number } {
  const ms = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
  const time = <T>(stage: Stage, f: () => T): T => {
    const t = performance.now();
    const r = f();
    ms[stage] += performance.now() - t;
    return r;
  };
  const meta = readSources(dir).meta;
  const files = listArticleFiles(dir);
  const bytes = files.map((f) => readFileSync(join(dir, f)));
  const raws = time("ingest", () => files.map((f, i) => ingestBytes(join(dir, f), bytes[i]!, meta.get(f) ?? null)));
  const plan = time("clean", () => planArticles(raws));
  const docs: Doc[] = time("clean", () =>
    raws.map((r) => {
      const c = cleanArticle(r, { repeated: plan.repeated.get(r.meta?.outlet ?? "") ?? new Set() });
      return { id: r.id, text: c.text, published: r.meta?.published ?? null, sentences: splitSentences(c.text) };
    }),
  );
  const words = docs.reduce((s, d) => s + countWords(d.text), 0);
  const dates = time("dates", () => docs.map((d) => extractDates(d)));
  const { actors, mentions } = time("actors", () => resolveCandidates(docs.flatMap((d) => articleCandidates(d)), []));
  const byId = new Map<string, ActorRow>(actors.map((a) => [a.id, a]));
  const byArticle = new Map<string, ResolvedMention[]>();
  for (const m of mentions) {
    const list = byArticle.get(m.article);
    if (list) list.push(m);
    else byArticle.set(m.article, [m]);
  }
  time("figures", () => docs.forEach((d) => extractFigures(d, byArticle.get(d.id) ?? [], byId)));
  time("quotes", () => docs.forEach((d) => extractQuotes(d, byArticle.get(d.id) ?? [], byId)));
  time("events", () => docs.forEach((d, i) => extractEvents(d, byArticle.get(d.id) ?? [], byId, dates[i]!)));
  return { ms, words };
}
