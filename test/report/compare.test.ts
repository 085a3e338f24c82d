// The Figures comparison and the Quotes by-speaker chart cap what they draw so a
// 10,000-article corpus stays readable (and small enough for the build's snapshot).
// The seed corpus never reaches the caps, so this builds tables that do, runs the
// pages' SQL through the snapshot loader (DuckDB in Node) and checks the rows
// against the rule computed independently in TypeScript (test/browser/expected.ts).
import { describe, expect, it } from "vitest";
import type { ArticleRow, FigureRow, Tables } from "../../loaders/types.js";
import { COMPARE_GROUPS, COMPARE_QUANTITIES, FIGURES_COMPARE_SQL, MATRIX_ARTICLES, MATRIX_SPEAKERS, QUOTES_BY_SPEAKER_SQL, QUOTES_MATRIX_SQL, snapshotKey } from "../../src/components/queries.js";
import { snapshotFiles } from "../../src/data/lib/snapshot.js";
import { comparableFigures, quotesMatrix, speaker } from "../browser/expected.js";

const OUTLETS = ["Reuters", "Kyiv Post", "Sputnik", null];

function article(i: number): ArticleRow {
  return {
    id: `a${String(i).padStart(3, "0")}`, file: `a${i}.txt`, sha256: "0".repeat(64), title: null, outlet: OUTLETS[i % 4]!,
    url: null, published: i % 7 === 0 ? null : `2024-01-${String((i % 28) + 1).padStart(2, "0")}`, byline: null, language: "en",
    text: "", words: 10, boilerplate: [],
  };
}

let n = 0;
function figure(article: string, value: number, unit: string, qualifier: FigureRow["qualifier"] = "exact"): FigureRow {
  n++;
  return { id: `f${n}`, article, value, text: `${value} ${unit}`, qualifier, unit, category: "count", actor: null,
    attributed_to: null, start: n, end: n + 1, correction: null } as FigureRow;
}

function tables(): Tables {
  const articles = Array.from({ length: 120 }, (_, i) => article(i));
  const figures: FigureRow[] = [];
  // 16 quantities, quantity k claimed by k + 2 articles: more than the comparison shows, with ties in article counts.
  for (let k = 0; k < 16; k++)
    for (let j = 0; j < k + 2; j++) figures.push(figure(articles[(k * 7 + j) % 120]!.id, (j % 3) * 10, `widget${String.fromCharCode(97 + (k % 13))}${k >= 13 ? "x" : ""}s`));
  // One quantity spelt three ways (troops = soldiers = servicemen) with 40 values: more groups than one chart shows.
  for (let j = 0; j < 90; j++) figures.push(figure(articles[j]!.id, 1000 + (j % 40) * 100, ["troops", "soldiers", "servicemen"][j % 3]!, j % 5 ? "exact" : "up_to"));
  // Claimed by one article only: never compared.
  figures.push(figure("a001", 5, "lonely things"), figure("a001", 6, "lonely things"));
  const quotes = Array.from({ length: 60 }, (_, i) => ({
    id: `q${i}`, article: articles[i % 120]!.id, speaker: null, speaker_text: i % 11 ? `Speaker ${i % 25}` : null, text: "…", kind: "direct",
    verb: "said", start: i, end: i + 1, correction: null,
  }));
  return { articles, actors: [], mentions: [], figures, quotes, events: [], dates: [] } as unknown as Tables;
}

describe("capped report charts", () => {
  it("the comparison shows the quantities and claim groups claimed by the most articles, and says how many it leaves out", async () => {
    const t = tables();
    const files = await snapshotFiles(t, [], []);
    const rows = JSON.parse(files["figures.json"]!)[snapshotKey(FIGURES_COMPARE_SQL)] as Record<string, unknown>[];
    const expected = comparableFigures(t, COMPARE_QUANTITIES, COMPARE_GROUPS);
    expect(expected.shared).toBeGreaterThan(COMPARE_QUANTITIES);
    expect(expected.shown.some((q) => q.groups.length === COMPARE_GROUPS)).toBe(true);

    expect(rows).toHaveLength(expected.rows);
    const quantities = [...new Set(rows.map((r) => r.quantity))];
    expect(quantities).toEqual(expected.shown.map((q) => q.quantity));
    for (const q of expected.shown) {
      const drawn = rows.filter((r) => r.quantity === q.quantity);
      const key = (g: Record<string, unknown>) => JSON.stringify([g.value, g.qualifier, g.outlet, g.articles]);
      expect(drawn.map(key).sort()).toEqual(q.groups.map((g) => key({ ...g, articles: g.articles.size })).sort());
    }
    expect(new Set(rows.map((r) => r.quantities))).toEqual(new Set([expected.shared]));
    const troops = rows.filter((r) => r.quantity === "troop");
    expect(troops[0]).toMatchObject({ quantity_articles: 90, quantity_claims: 90, low: 1000, high: 4900 });
    expect(troops[0]!.quantity_groups).toBeGreaterThan(COMPARE_GROUPS);
  });

  it("quotes by speaker: one row per speaker, most quoted first", async () => {
    const t = tables();
    const files = await snapshotFiles(t, [], []);
    const rows = JSON.parse(files["quotes.json"]!)[snapshotKey(QUOTES_BY_SPEAKER_SQL)] as { speaker: string; quotes: number }[];
    const counts = new Map<string, number>();
    for (const q of t.quotes) counts.set(speaker(t, q), (counts.get(speaker(t, q)) ?? 0) + 1);
    expect(Object.fromEntries(rows.map((r) => [r.speaker, r.quotes]))).toEqual(Object.fromEntries(counts));
    expect(rows.map((r) => r.quotes)).toEqual([...counts.values()].sort((a, b) => b - a));
  });

  it("the speaker × article matrix keeps the most quoted speakers in the articles quoting them most, and says how many there are", async () => {
    const t = tables();
    // 400 quotes by 35 speakers (some quoted far more than others) over 70 articles (unevenly): both caps reached, with ties.
    t.quotes = Array.from({ length: 400 }, (_, i) => ({
      id: `m${i}`, article: t.articles[i < 200 ? i % 70 : (i * 3) % 23]!.id, speaker: null,
      speaker_text: i % 17 ? `Speaker ${String(i % 3 ? (i * 11) % 35 : i % 6).padStart(2, "0")}` : null,
      text: "…", kind: "direct", verb: "said", start: i, end: i + 1, correction: null,
    })) as unknown as Tables["quotes"];
    const files = await snapshotFiles(t, [], []);
    const rows = JSON.parse(files["quotes.json"]!)[snapshotKey(QUOTES_MATRIX_SQL)] as { speaker: string; article: string; quotes: number; speakers: number; articles: number }[];
    const expected = quotesMatrix(t, MATRIX_SPEAKERS, MATRIX_ARTICLES);
    expect(expected.speakers).toBeGreaterThan(MATRIX_SPEAKERS);
    expect(expected.articles).toBeGreaterThan(MATRIX_ARTICLES);
    expect(Object.fromEntries(rows.map((r) => [`${r.speaker}|${r.article}`, r.quotes]))).toEqual(Object.fromEntries(expected.cells));
    expect(new Set(rows.map((r) => r.speaker)).size).toBeLessThanOrEqual(MATRIX_SPEAKERS);
    expect(new Set(rows.map((r) => r.article)).size).toBe(MATRIX_ARTICLES);
    expect(new Set(rows.map((r) => JSON.stringify([r.speakers, r.articles])))).toEqual(new Set([JSON.stringify([expected.speakers, expected.articles])]));
  });
});
