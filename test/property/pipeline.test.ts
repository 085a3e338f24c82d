import { writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ingestBytes, type RawArticle, type SourceMeta } from "../../loaders/ingest/index.js";
import { extractArticles, extractFolder } from "../../loaders/pipeline.js";
import type { Tables } from "../../loaders/types.js";
import { scratchDir } from "../scratch.js";

// Properties of the whole per-article pipeline (ingest → clean → every stage →
// actor resolution), run in memory: for any text, extraction does not throw,
// every row's offsets point at its text, and ids depend on the articles alone,
// not on the run or on the order the files come in.

const NAMES = ["Maria Lopez", "President Kim Jong Un", "the Foreign Ministry", "Japan", "NATO", "Ukraine's army", "Mr. O'Neill", "Jean-Luc Mélenchon", "Kyiv", "the United Nations", "Kenji Soratani", "Hamas", "he", "she", "they"];
const VERBS = ["said", "told reporters", "met", "attacked", "agreed with", "accused", "warned", "visited", "sanctioned", "pledged", "denied", "did not attack", "will meet"];
const NUMBERS = ["12", "1,200", "3.5 million", "$40 million", "€2bn", "a dozen", "hundreds of", "at least 30", "about 5,000", "12%", "two", "2024", "10,000–12,000", "1.5"];
const NOUNS = ["soldiers", "troops", "tonnes of grain", "drones", "people", "civilians", "dollars", "missiles", "days"];
const DATES = ["on Monday", "last week", "on March 3", "in 2014", "yesterday", "on 20 November 2024", "overnight", "next month", "since 2022"];
const PUNCT = [".", ",", ";", ":", "—", "…", "!", "?", "\n", "\n\n", " “", "” ", " \"", "\" ", " '", "' ", "(", ")"];
const ODD = ["😀", "\u00a0", "é", "e\u0301", "\u200b", "\u202e", "\t", "ﬁ", "Ⅻ", "١٢", "\ud83c\udde9\ud83c\uddea", "'s", "’s"];

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 4, arbitrary: fc.constantFrom(...VERBS) },
  { weight: 3, arbitrary: fc.constantFrom(...NUMBERS) },
  { weight: 2, arbitrary: fc.constantFrom(...NOUNS) },
  { weight: 2, arbitrary: fc.constantFrom(...DATES) },
  { weight: 4, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 1, arbitrary: fc.constantFrom(...ODD) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 8 }) },
);
/** News-like text: names, numbers, quotes and dates, glued by punctuation, with odd characters. */
const newsText = fc.array(piece, { minLength: 1, maxLength: 120 }).map((ps) => ps.join(" "));
/** Any unicode at all (lone surrogates and controls included, never NUL: ingest refuses it first). */
const anyText = fc.string({ unit: "binary", maxLength: 400 }).map((s) => s.replace(/\u0000/g, " "));
const text = fc.oneof({ weight: 3, arbitrary: newsText }, { weight: 1, arbitrary: anyText });

const meta = (file: string, published: string | null): SourceMeta => ({ file, title: null, outlet: "Wire", url: null, published, byline: null, language: "en" });

/** Reads `texts` as articles a0.txt, a1.txt, … (a text without words is left out, as ingest refuses it). */
function raws(texts: string[], published: string | null = "2024-11-20"): RawArticle[] {
  const out: RawArticle[] = [];
  texts.forEach((t, i) => {
    if (!t.trim()) return;
    // Strings are UTF-16; the file holds UTF-8, so lone surrogates become U+FFFD as in any saved file.
    out.push(ingestBytes(`a${i}.txt`, Buffer.from(t, "utf8"), meta(`a${i}.txt`, published)));
  });
  return out;
}

const extract = async (rs: RawArticle[]) => (await extractArticles(rs)).tables;

type Spanned = { article: string; start: number; end: number; text?: string };

function expectOffsets(tables: Tables): void {
  const body = new Map(tables.articles.map((a) => [a.id, a.text]));
  for (const t of ["mentions", "figures", "quotes", "dates", "events"] as const)
    for (const r of tables[t] as unknown as Spanned[]) {
      const text = body.get(r.article);
      expect(text, `${t} row of an unknown article`).toBeDefined();
      expect(Number.isInteger(r.start) && Number.isInteger(r.end), t).toBe(true);
      expect(0 <= r.start && r.start <= r.end && r.end <= text!.length, `${t} ${r.start}-${r.end} in ${text!.length}`).toBe(true);
      if (t !== "events") expect(text!.slice(r.start, r.end), t).toBe(r.text);
    }
}

/** What must not depend on the run or the order: every table's rows, keyed and sorted. */
function fingerprint(tables: Tables) {
  const sorted = (xs: unknown[]) => xs.map((x) => JSON.stringify(x)).sort();
  return {
    articles: sorted(tables.articles.map((a) => [a.id, a.text])),
    actors: sorted(tables.actors),
    mentions: sorted(tables.mentions),
    figures: sorted(tables.figures),
    quotes: sorted(tables.quotes),
    events: sorted(tables.events),
    dates: sorted(tables.dates),
  };
}

describe("pipeline properties", () => {
  it("never throws; every row's offsets point at its text", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(text, { minLength: 1, maxLength: 3 }), fc.constantFrom("2024-11-20", null), async (texts, published) => {
        const tables = await extract(raws(texts, published));
        expectOffsets(tables);
        for (const t of ["figures", "quotes", "events"] as const) {
          const ids = (tables[t] as { id: string }[]).map((r) => r.id);
          expect(new Set(ids).size, `${t} ids unique`).toBe(ids.length);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("a stage error is never thrown: odd texts give a problem at most", async () => {
    await fc.assert(
      fc.asyncProperty(anyText, async (t) => {
        const rs = raws([t]);
        const { problems } = await extractArticles(rs);
        // A stage that fails says so per article; none is expected, so show it.
        expect(problems.filter((p) => p.level === "error")).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it("ids are stable across runs and independent of file order", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(newsText, { minLength: 2, maxLength: 4 }), fc.infiniteStream(fc.nat()), async (texts, rnd) => {
        const rs = raws(texts);
        const first = fingerprint(await extract(rs));
        expect(fingerprint(await extract(raws(texts)))).toEqual(first);
        const shuffled = [...rs].map((r) => [rnd.next().value, r] as const).sort((a, b) => a[0] - b[0]).map(([, r]) => r);
        expect(fingerprint(await extract(shuffled.reverse()))).toEqual(first);
      }),
      { numRuns: 25 },
    );
  });

  it("the same files in two folders, written in opposite orders, give identical tables", async () => {
    const [texts] = fc.sample(fc.array(newsText, { minLength: 3, maxLength: 3 }), { numRuns: 1, seed: 42 });
    const files = texts!.map((t, i) => [`story-${i}.txt`, `Headline ${i}\n\n${t}`] as const);
    const a = scratchDir("dossier-ids-a-"), b = scratchDir("dossier-ids-b-");
    for (const [f, t] of files) writeFileSync(join(a, f), t);
    for (const [f, t] of [...files].reverse()) writeFileSync(join(b, f), t);
    const ta = (await extractFolder(a, { registryPath: null })).tables, tb = (await extractFolder(b, { registryPath: null })).tables;
    expect(ta).toEqual(tb);
    expect(ta.articles.map((x) => x.id)).toEqual(["story-0", "story-1", "story-2"]);
  });
});
