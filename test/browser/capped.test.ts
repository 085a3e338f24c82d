import { copyFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/corpus.js";
import type { Tables } from "../../loaders/types.js";
import { blocks, ready, rowsAfter } from "./blocks.js";
import { settled, visit } from "./browser.js";
import { servedCopy } from "./copy.js";
import { extractTables, quotesMatrix } from "./expected.js";

// The seeds hold fewer events than the Events table shows (500), so the main
// report test never reaches the path where the table shows the first 500 and its
// CSV fetches every matching event from DuckDB-WASM on click (`all()`). A
// generated corpus of 120 articles holds more, and quotes in more articles than
// the Quotes matrix draws.

let browser: Browser;
let origin: string;
let stop: (() => Promise<void>) | undefined;
let t: Tables;

beforeAll(async () => {
  let root: string;
  ({ root, browser, origin, stop } = await servedCopy("dossier-capped-", (corpus, data) => {
    generateCorpus(corpus, 120, 3);
    copyFileSync("data/actors.csv", join(data, "actors.csv"));
  }));
  t = extractTables(join(root, "corpus"));
}, 300_000);
afterAll(() => stop?.());

describe("a generated corpus larger than the capped blocks show", () => {
  it("shows the first 500, says how many match, and its CSV holds every one", async () => {
    expect(t.events.length).toBeGreaterThan(500);
    const v = await visit(browser, `${origin}/events`, origin);
    await settled(v.page);
    expect(await rowsAfter(v.page, "events", 500)).toBe(500);
    expect(await v.page.evaluate(() => document.querySelector<HTMLElement>('[data-block="events"]')?.dataset.matching)).toBe(String(t.events.length));
    const button = v.page.locator('[data-block="events"] button.csv-download');
    expect(await button.textContent()).toBe(`Download CSV (${t.events.length} rows)`);
    const [download] = await Promise.all([v.page.waitForEvent("download"), button.click()]);
    const rows: Record<string, string>[] = parse(readFileSync((await download.path())!, "utf8"), { columns: true, bom: true });
    // Every event once: the same (article, type, mode, negated) rows as the JSON table, counted without the page.
    const key = (xs: { article: string; type: string; mode: string | null; negated: string | boolean }[]) => xs.map((x) => `${x.article}|${x.type}|${x.mode ?? ""}|${x.negated}`).sort();
    expect(rows).toHaveLength(t.events.length);
    expect(key(rows as unknown as { article: string; type: string; mode: string; negated: string }[])).toEqual(key(t.events));
    for (const r of rows) for (const c of Object.values(r)) expect(c).not.toMatch(/^[=+\-@\t\r]/);
    expect(v.errors).toEqual([]);
    expect(v.outside).toEqual([]);
    expect(v.failed).toEqual([]);
    await v.page.close();
  }, 120_000);

  it("quotes: the speaker × article matrix draws the capped cells and its caption says how many it leaves out", async () => {
    const expected = quotesMatrix(t);
    expect(expected.articles).toBeGreaterThan(30);
    const v = await visit(browser, `${origin}/quotes`, origin);
    await ready(v.page, ["quotes-matrix"]);
    await settled(v.page);
    const b = (await blocks(v.page))["quotes-matrix"]!;
    expect(b.rows).toBe(expected.cells.size);
    expect(b.marks.cell).toBe(expected.cells.size);
    const drawnSpeakers = new Set([...expected.cells.keys()].map((k) => k.slice(0, k.lastIndexOf("|")))).size;
    const caption = await v.page.locator('[data-block="quotes-matrix"] figcaption').textContent();
    expect(caption).toContain(`${drawnSpeakers} of ${expected.speakers} speakers`);
    expect(caption).toContain(`in 30 of the ${expected.articles} articles with quotes`);
    expect(v.errors).toEqual([]);
    expect(v.outside).toEqual([]);
    expect(v.failed).toEqual([]);
    await v.page.close();
  }, 120_000);
});
