import { readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch, settled, visit } from "./browser.js";
import { buildCopy } from "./copy.js";
import { serve } from "./serve.js";

// A corpus with nothing to count: no events, quotes or figures at all. Every
// page must still render, say so, and log no error. (DuckDB-WASM's mvp build
// died on the first sorted query over an empty table: src/components/sql.js.)

let root: string;
let browser: Browser;
let origin: string;
let close: () => void;

beforeAll(async () => {
  root = buildCopy("dossier-empty-", (corpus) => {
    writeFileSync(join(corpus, "calm.txt"), "Quiet week in Tallinn\n\nThe weather in Tallinn was calm and the harbour was quiet.\n\nResidents of Estonia enjoyed the mild autumn.\n");
    writeFileSync(join(corpus, "sources.csv"), "file,title,outlet,url,published,byline,language\ncalm.txt,Quiet week,Baltic Daily,,2024-10-01,,en\n");
  });
  const s = await serve(join(root, "dist"));
  origin = s.url;
  close = () => s.server.close();
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  close?.();
  if (root) rmSync(root, { recursive: true, force: true });
});

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
});
