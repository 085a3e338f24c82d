import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { settled, visit } from "./browser.js";
import { servedCopy } from "./copy.js";

// A corpus with nothing to count: no events, quotes or figures at all. Every
// page must still render, say so, and log no error. (DuckDB-WASM's mvp build
// died with "_setThrew is not defined" on the first exception DuckDB threw, e.g.
// in a sort over an empty table: build/offline-fetch.js binds its exception helpers.)

let root: string;
let browser: Browser;
let origin: string;
let stop: (() => Promise<void>) | undefined;

beforeAll(async () => {
  ({ root, browser, origin, stop } = await servedCopy("dossier-empty-", (corpus) => {
    writeFileSync(join(corpus, "calm.txt"), "Quiet week in Tallinn\n\nThe weather in Tallinn was calm and the harbour was quiet.\n\nResidents of Estonia enjoyed the mild autumn.\n");
    writeFileSync(join(corpus, "sources.csv"), "file,title,outlet,url,published,byline,language\ncalm.txt,Quiet week,Baltic Daily,,2024-10-01,,en\n");
  }));
});
afterAll(() => stop?.());

describe("a corpus with empty tables", () => {
  it("every page renders without an error, and the empty tables say so", async () => {
    const pages = readdirSync(join(root, "dist")).filter((f) => f.endsWith(".html") && f !== "404.html").map((f) => (f === "index.html" ? "/" : `/${f.replace(/\.html$/, "")}`));
    expect(pages).toEqual(expect.arrayContaining(["/", "/events", "/quotes", "/figures"]));
    for (const path of pages) {
      const v = await visit(browser, `${origin}${path}`, origin);
      await settled(v.page);
      expect(await v.page.locator(".observablehq--error").count(), path).toBe(0);
      expect(v.errors, path).toEqual([]);
      expect(v.outside, path).toEqual([]);
      if (["/events", "/quotes", "/figures"].includes(path)) {
        expect(await v.page.locator(".no-rows").count(), path).toBeGreaterThan(0);
        for (const n of await v.page.locator("figure.block").evaluateAll((fs) => fs.map((f) => (f as HTMLElement).dataset.rows))) expect(n, path).toBe("0");
      }
      await v.page.close();
    }
  });

  it("DuckDB's own exceptions work: a sort over an empty table returns no rows, a bad query fails with DuckDB's message", async () => {
    const v = await visit(browser, `${origin}/events`, origin);
    await settled(v.page);
    // The page's own DuckDB client (the same module instance the page imported).
    const href = await v.page.locator('link[rel=modulepreload][href*="stdlib/duckdb."]').getAttribute("href");
    // A string, not a function: vitest would rewrite the function's import().
    const out = (await v.page.evaluate(`(async () => {
      const { sql } = await import(new URL(${JSON.stringify(href)}, location.href).href);
      const sorted = await sql(["SELECT * FROM events ORDER BY start, type"]);
      let error = "no error";
      try {
        await sql(["SELECT * FROM no_such_table"]);
      } catch (e) {
        error = String(e?.message ?? e);
      }
      return { sorted: sorted.numRows, error };
    })()`)) as { sorted: number; error: string };
    expect(out.sorted).toBe(0);
    expect(out.error).toMatch(/Catalog Error: Table with name no_such_table does not exist/);
    expect(v.errors.filter((e) => !/no_such_table/.test(e))).toEqual([]);
    await v.page.close();
  });
});
