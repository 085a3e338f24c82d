import { execSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import type { Server } from "node:http";
import { parse } from "csv-parse/sync";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch, settled, visit } from "./browser.js";
import { serve } from "./serve.js";

// Builds the report exactly as a reporter publishes it (npm run build), serves
// dist/ on 127.0.0.1 and opens every page in headless Chromium.

let browser: Browser;
let server: Server;
let origin: string;

beforeAll(async () => {
  execSync("npm run build", { stdio: "pipe" });
  ({ url: origin, server } = await serve("dist"));
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});

// What the page should show, computed from the corpus folder without the extractor.
const articleFiles = readdirSync("data/articles").filter((f) => /\.(txt|md|html?)$/.test(f));
const sources: Record<string, string>[] = parse(readFileSync("data/articles/sources.csv"), { columns: true, bom: true });
const dated = sources.filter((s) => articleFiles.includes(s.file!) && /^\d{4}-\d{2}-\d{2}$/.test(s.published ?? ""));

describe("report", () => {
  it("overview: corpus chart and table from DuckDB, offline, without errors", async () => {
    const v = await visit(browser, `${origin}/`, origin);
    await settled(v.page);
    const result = await v.page.evaluate(() => ({
      dots: document.querySelectorAll("svg[class^=plot] circle").length,
      cards: [...document.querySelectorAll(".card .big")].map((e) => e.textContent),
      rows: [...document.querySelectorAll("form[class^=inputs] table tbody tr")].map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent)),
    }));
    expect(result.dots).toBe(dated.length);
    expect(result.cards[0]).toBe(String(articleFiles.length));
    expect(result.rows).toHaveLength(articleFiles.length);
    const ids = articleFiles.map((f) => f.replace(/\.[^.]+$/, "")).sort();
    expect(result.rows.map((r) => r.find((c) => ids.includes(c ?? ""))).sort()).toEqual(ids);
    const outlets = new Set(sources.map((s) => s.outlet));
    for (const r of result.rows) expect(r.some((c) => outlets.has(c ?? ""))).toBe(true);
    expect(v.outside).toEqual([]);
    expect(v.failed).toEqual([]);
    expect(v.errors).toEqual([]);
  });
});
