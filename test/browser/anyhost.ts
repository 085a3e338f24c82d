import type { Browser, Page } from "playwright-core";
import { expect } from "vitest";
import type { Tables } from "../../loaders/types.js";
import { pageHref } from "../../src/components/links.js";
import { blocks, ready, rowsAfter } from "./blocks.js";
import { settled, visit, type Visit } from "./browser.js";
import * as X from "./expected.js";

// The report as a plain static host serves it from a folder of its own (serve.ts
// `strict` under a `base`): a reader reaches every page by the links the report
// writes itself, never by a typed address, so each link must name a file that
// exists, relative to the page.

const PAGES = ["index", "actors", "events", "figures", "quotes", "map", "sources"].map((p) => `/${p}.html`);

/** Every page the sidebar links to, as the browser resolves the links on the page at `home`. */
export async function sidebarPages(browser: Browser, home: string): Promise<{ pages: string[]; visit: Visit }> {
  const v = await visit(browser, home, home);
  await settled(v.page);
  const hrefs = await v.page.evaluate(() => [...document.querySelectorAll<HTMLAnchorElement>("#observablehq-sidebar ol a")].map((a) => a.href));
  return { pages: [...new Set(hrefs)], visit: v };
}

/**
 * Opens `url`, waits for `block`, and follows the first link in it whose address holds a
 * query string: the reader's own click, landing on another page of the site (loaded, not yet drawn).
 */
export async function followLink(browser: Browser, url: string, site: string, block: string): Promise<{ from: string; to: string; visit: Visit }> {
  const v = await visit(browser, url, site);
  await ready(v.page, [block]);
  const link = v.page.locator(`[data-block="${block}"] a[href*="?"]`).first();
  const from = (await link.getAttribute("href")) ?? "";
  await Promise.all([v.page.waitForURL((u) => u.href !== url, { waitUntil: "load" }), link.click()]);
  return { from, to: v.page.url(), visit: v };
}

/** Requests and errors a visit recorded, without the loads a navigation cut short (not a failure). */
export const problems = (v: Visit): string[] => [...v.outside, ...v.failed.filter((f) => !/net::ERR_ABORTED$/.test(f)), ...v.errors];

/** The blocks of a settled page that drew nothing: no table rows, no marks, no "no rows" note. */
async function undrawn(page: Page): Promise<string[]> {
  return Object.entries(await blocks(page))
    .filter(([, s]) => !(s.rows === 0 ? s.noRows : (s.tableRows ?? Object.values(s.marks).reduce((a, n) => a + n, 0)) > 0))
    .map(([name]) => name);
}

/** Each sidebar page opens by its link and draws every block, with no request outside the folder failing. */
async function everyPage(browser: Browser, site: string) {
  const { pages, visit: home } = await sidebarPages(browser, `${site}/`);
  expect(problems(home)).toEqual([]);
  await home.page.close();
  expect(pages.map((p) => p.slice(site.length))).toEqual(PAGES);
  for (const url of pages) {
    const v = await visit(browser, url, site);
    await settled(v.page);
    expect({ url, undrawn: await undrawn(v.page), problems: problems(v) }).toEqual({ url, undrawn: [], problems: [] });
    await v.page.close();
  }
}

/** An actor's source link opens the Sources reader on that article, its span marked. */
async function sourceLink(browser: Browser, site: string, t: Tables) {
  const { from, to, visit: v } = await followLink(browser, `${site}/actors.html`, site, "actor-sentences");
  expect(from).toMatch(/^\.\/sources\.html\?article=/);
  const wanted = new URL(to).searchParams;
  const [start, end] = wanted.get("span")!.split("-").map(Number);
  await v.page.waitForFunction((id) => document.querySelector<HTMLElement>(".reader")?.dataset.article === id, wanted.get("article"), { timeout: 60_000 });
  const text = t.articles.find((a) => a.id === wanted.get("article"))!.text;
  expect(await v.page.evaluate(() => [...document.querySelectorAll(".reader .target")].map((e) => e.textContent).join(""))).toBe(text.slice(start, end));
  expect(problems(v)).toEqual([]);
  await v.page.close();
}

/** The site's search finds an actor by name; its result opens the Actors page on that actor, drawn by DuckDB-WASM. */
async function searchResult(browser: Browser, site: string, t: Tables) {
  const actor = X.actorsByMentions(t)[1] ?? X.actorsByMentions(t)[0]!;
  const v = await visit(browser, `${site}/`, site);
  await settled(v.page);
  await v.page.locator("#observablehq-search input").fill(actor.name);
  const result = v.page.locator(`#observablehq-search-results a[href$="${pageHref("actors", { actor: actor.id })}"]`).first();
  await Promise.all([v.page.waitForURL((u) => u.pathname.endsWith("/actors.html"), { waitUntil: "load" }), result.click()]);
  await ready(v.page, ["actor-sentences"]);
  const n = X.actorSentences(t, actor.id);
  expect(await rowsAfter(v.page, "actor-sentences", n)).toBe(n);
  expect(problems(v)).toEqual([]);
  await v.page.close();
}

/** The whole pass on the report served at `site` (a folder URL without its trailing slash). */
export async function anyHost(browser: Browser, site: string, t: Tables) {
  await everyPage(browser, site);
  if (t.mentions.length) await sourceLink(browser, site, t);
  if (t.actors.length) await searchResult(browser, site, t);
}
