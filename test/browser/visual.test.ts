import { cpSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Server } from "node:http";
import type { Browser } from "playwright-core";
import type { Tables } from "../../loaders/types.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import config from "../../observablehq.config.ts";
import { ready } from "./blocks.js";
import { launch, settled, visit } from "./browser.js";
import { buildCopy } from "./copy.js";
import * as X from "./expected.js";
import { largeDist } from "./large.js";
import { serve } from "./serve.js";
import { visualProblems } from "./visual.js";

// The report as a reader sees it at 1280 px, on the seed articles and on 300
// generated ones: on every page no two text labels of a chart overlap, none is
// cropped, no block is left blank without a message, nothing is still loading,
// and the page made no failed request, outside request or console error (a CSP
// violation is one).

let browser: Browser;
let extracted: Tables | undefined;
const tables = () => (extracted ??= X.extractTables());
const stops: (() => void)[] = [];

async function site(dist: string): Promise<string> {
  const { url, server }: { url: string; server: Server } = await serve(dist);
  stops.push(() => server.close());
  return url;
}

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  stops.forEach((s) => s());
});

async function checkAllPages(origin: string) {
  const problems: string[] = [];
  for (const { path } of config.pages) {
    const v = await visit(browser, `${origin}${path}`, origin);
    await v.page.setViewportSize({ width: 1280, height: 900 });
    await settled(v.page);
    await ready(v.page, []);
    await v.page.waitForFunction(() => !document.querySelector("observablehq-loading"), undefined, { timeout: 60_000 }).catch(() => undefined);
    problems.push(...(await visualProblems(v.page)).map((p) => `${path}: ${p}`));
    problems.push(...[...v.outside, ...v.failed, ...v.errors].map((p) => `${path}: ${p}`));
    await v.page.close();
  }
  return problems;
}

const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));

describe("the report at 1280 px", () => {
  let root: string;
  let origin: string;

  it("seeds: labels apart and inside their charts, every block drawn or explained, no request or console error", async () => {
    root = buildCopy("dossier-visual-", (corpus) => cpSync("data/articles", corpus, { recursive: true }));
    stops.push(() => rmSync(root, { recursive: true, force: true }));
    origin = await site(join(root, "dist"));
    expect(await checkAllPages(origin)).toEqual([]);
  });

  it("no file of dist/ is over 25 MB; DuckDB's wasm ships gzipped and DuckDB-WASM answers from it", async () => {
    const sizes = files(join(root, "dist")).map((f) => ({ f, size: statSync(f).size }));
    expect(sizes.filter((x) => x.size > 25 * 1024 * 1024)).toEqual([]);
    const wasm = sizes.find((x) => /duckdb-mvp\.wasm$/.test(x.f))!;
    expect([...readFileSync(wasm.f).subarray(0, 2)]).toEqual([0x1f, 0x8b]);
    const v = await visit(browser, `${origin}/actors`, origin);
    await settled(v.page);
    const href = await v.page.locator('link[rel=modulepreload][href*="stdlib/duckdb."]').getAttribute("href");
    // A string, not a function: vitest would rewrite the function's import().
    const answer = await v.page.evaluate(`(async () => {
      const { sql } = await import(new URL(${JSON.stringify(href)}, location.href).href);
      const r = await sql(["SELECT count(*)::INTEGER AS n, 40 + 2 AS answer FROM actors"]);
      return r.toArray().map((row) => row.toJSON())[0];
    })()`);
    expect(answer).toEqual({ n: tables().actors.length, answer: 42 });
    expect([...v.outside, ...v.failed, ...v.errors]).toEqual([]);
    await v.page.close();
  });

  it("the site's search finds an actor by an alias and opens the Actors page on that actor", async () => {
    const actors = tables().actors;
    // An alias that is not a word of any other actor's name or aliases, so it can only lead to its own.
    const words = (a: (typeof actors)[number]) => [a.name, ...a.aliases].join(" ").toLowerCase().split(/\W+/);
    const pick = actors.flatMap((a) => a.aliases.filter((x) => x !== a.name && x.length > 3).map((alias) => ({ a, alias })))
      .find(({ a, alias }) => !actors.some((o) => o !== a && alias.toLowerCase().split(/\W+/).some((w) => words(o).includes(w))));
    expect(pick, "an actor with a distinctive alias in the seeds").toBeDefined();
    const v = await visit(browser, `${origin}/`, origin);
    await settled(v.page);
    await v.page.locator("#observablehq-search input").fill(pick!.alias);
    const first = v.page.locator("#observablehq-search-results li a").first();
    await first.waitFor({ timeout: 10_000 });
    expect(await first.textContent()).toContain(pick!.a.name);
    await first.click();
    await v.page.waitForURL(/\/actors\.html\?actor=/);
    await ready(v.page, ["actor-sentences"]);
    expect(await v.page.locator("form:has(> label:text-is('Actor')) select").evaluate((s: HTMLSelectElement) => s.selectedOptions[0]!.textContent)).toContain(pick!.a.name);
    // Leaving the Overview cancels what it was still loading (its DuckDB wasm): that is not a failure.
    expect([...v.outside, ...v.failed.filter((f) => !/net::ERR_ABORTED$/.test(f)), ...v.errors]).toEqual([]);
    await v.page.close();
  });

  it("300 generated articles: the same", async () => {
    expect(await checkAllPages(await site(largeDist(300)))).toEqual([]);
  });
});
