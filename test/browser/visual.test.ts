import { cpSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import config from "../../observablehq.config.ts";
import { ready } from "./blocks.js";
import { launch, settled, visit } from "./browser.js";
import { buildCopy } from "./copy.js";
import { largeDist } from "./large.js";
import { serve } from "./serve.js";
import { visualProblems } from "./visual.js";

// The report as a reader sees it at 1280 px, on the seed articles and on 300
// generated ones: on every page no two text labels of a chart overlap, none is
// cropped, no block is left blank without a message, nothing is still loading,
// and the page made no failed request, outside request or console error (a CSP
// violation is one).

let browser: Browser;
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

describe("the report at 1280 px", () => {
  it("seeds: labels apart and inside their charts, every block drawn or explained, no request or console error", async () => {
    const root = buildCopy("dossier-visual-", (corpus) => cpSync("data/articles", corpus, { recursive: true }));
    stops.push(() => rmSync(root, { recursive: true, force: true }));
    expect(await checkAllPages(await site(`${root}/dist`))).toEqual([]);
  });

  it("300 generated articles: the same", async () => {
    expect(await checkAllPages(await site(largeDist(300)))).toEqual([]);
  });
});
