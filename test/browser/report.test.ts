import { execSync } from "node:child_process";
import { cpSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Server } from "node:http";
import { parse } from "csv-parse/sync";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Tables } from "../../loaders/types.js";
import { placeRows } from "../../src/data/lib/places.js";
import { blocks, inputOf, pickByKey, ready, rowsAfter, selectOf } from "./blocks.js";
import { launch, settled, visit, type Visit } from "./browser.js";
import * as X from "./expected.js";
import { anyHost } from "./anyhost.js";
import { serve } from "./serve.js";
import { scratchDir } from "../scratch.js";

// Builds the report exactly as a reporter publishes it (npm run build), serves
// dist/ on 127.0.0.1 (with clean URLs, and as exact files under a sub-folder)
// and opens every page in headless Chromium. What each page
// should show is computed from the JSON tables of `dossier extract` (run right
// after the build, on the same articles) and from the corpus folder itself.

let browser: Browser;
let server: Server;
let origin: string;
let strict: Server;
let hosted: string;
let t: Tables;
let site: string;

beforeAll(async () => {
  execSync("npm run build", { stdio: "pipe" });
  // Serve a copy: another build in this checkout (a colleague's, CI's) empties dist/ while we test.
  site = scratchDir("dossier-site-");
  cpSync("dist", site, { recursive: true, filter: (f) => !/\.(br|gz)$/.test(f) });
  t = X.extractTables();
  ({ url: origin, server } = await serve(site));
  // The same files as a plain static host serves them, in a newsroom's folder (anyhost.ts).
  ({ url: hosted, server: strict } = await serve(site, { strict: true, base: "/newsroom/graphics/dossier/" }));
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  server?.close();
  strict?.close();
});

// What the page should show, computed from the corpus folder without the extractor.
const articleFiles = readdirSync("data/articles").filter((f) => /\.(txt|md|html?)$/.test(f));
const sources: Record<string, string>[] = parse(readFileSync("data/articles/sources.csv"), { columns: true, bom: true });
const dated = sources.filter((s) => articleFiles.includes(s.file!) && /^\d{4}-\d{2}-\d{2}$/.test(s.published ?? ""));

/** Opens a page and waits for its blocks; the visit records outside/failed requests and console errors. */
async function open(path: string, names: string[]): Promise<Visit> {
  const v = await visit(browser, `${origin}${path}`, origin);
  await ready(v.page, names);
  return v;
}

/** Every block: the SQL is shown, the CSV button counts its rows, a chart has marks or says "no rows". */
async function checkBlocks(page: Page, expected: Record<string, number>) {
  const b = await blocks(page);
  expect(Object.keys(b).sort()).toEqual(Object.keys(expected).sort());
  for (const [name, rows] of Object.entries(expected)) {
    const s = b[name]!;
    expect({ name, rows: s.rows }).toEqual({ name, rows });
    expect(s.sql, name).toMatch(/\bSELECT\b/);
    expect(s.csv, name).toContain(`(${rows} row`);
    if (rows === 0) expect(s.noRows, name).toBe(true);
    else if (s.tableRows != null) expect({ name, tableRows: s.tableRows }).toEqual({ name, tableRows: rows });
    else expect(Object.values(s.marks).reduce((a, n) => a + n, 0), name).toBeGreaterThan(0);
  }
  return b;
}

function clean(v: Visit) {
  expect(v.outside).toEqual([]);
  expect(v.failed).toEqual([]);
  expect(v.errors).toEqual([]);
}

describe("report", () => {
  it("overview: corpus chart and table from DuckDB, offline, without errors", async () => {
    const v = await visit(browser, `${origin}/`, origin);
    await settled(v.page);
    await ready(v.page, ["overview-timeline", "overview-top-actors", "overview-methods"]);
    const result = await v.page.evaluate(() => ({
      dots: document.querySelector("svg[class^=plot]")!.querySelectorAll("circle").length,
      cards: [...document.querySelectorAll(".card .big")].map((e) => e.textContent),
      rows: [...document.querySelector("form[class^=inputs] table tbody")!.querySelectorAll("tr")].map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent)),
    }));
    expect(result.dots).toBe(dated.length);
    expect(result.cards[0]).toBe(String(articleFiles.length));
    expect(result.rows).toHaveLength(articleFiles.length);
    const ids = articleFiles.map((f) => f.replace(/\.[^.]+$/, "")).sort();
    expect(result.rows.map((r) => r.find((c) => ids.includes(c ?? ""))).sort()).toEqual(ids);
    const outlets = new Set(sources.map((s) => s.outlet));
    for (const r of result.rows) expect(r.some((c) => outlets.has(c ?? ""))).toBe(true);

    // Counts, timeline by PLOVER type, top actors, methods box.
    expect(result.cards.slice(1, 7)).toEqual([t.actors, t.events, null, t.mentions, t.dates].flatMap((x) => (x === null ? [`${t.figures.length} · ${t.quotes.length}`] : [String(x.length)])));
    const tl = X.timeline(t);
    const b = await checkBlocks(v.page, {
      "overview-timeline": tl.rows,
      "overview-top-actors": Math.min(15, t.actors.length),
      "overview-methods": t.articles.length,
      "overview-corrections": [...t.figures, ...t.quotes, ...t.events].filter((r) => r.correction != null).length,
    });
    expect(b["overview-timeline"]!.marks.dot ?? 0).toBe(tl.rows);
    expect(b["overview-top-actors"]!.marks.bar ?? 0).toBe(Math.min(15, t.actors.length));
    const methods = await v.page.evaluate(() => ({
      text: document.querySelector(".methods")!.textContent!,
      boilerplate: Object.fromEntries([...document.querySelectorAll<HTMLElement>("details.boilerplate")].map((d) => [d.dataset.article, d.querySelectorAll("li").length])),
    }));
    for (const a of t.articles) {
      expect(methods.text).toContain(a.sha256);
      expect(methods.boilerplate[a.id]).toBe(a.boilerplate.length);
    }
    expect(methods.text).toMatch(/Dossier \d+\.\d+\.\d+/);
    expect(methods.text).toMatch(/extracted on \d{4}-\d{2}-\d{2}/);
    clean(v);
  });

  it("actors: table, mentions per article, co-occurrence matrix, one actor's sentences; search and pick filter", async () => {
    const v = await open("/actors", ["actors", "actors-per-article", "actors-cooccurrence", "actor-sentences"]);
    const sorted = X.actorsByMentions(t);
    const b = await checkBlocks(v.page, {
      actors: t.actors.length,
      "actors-per-article": X.mentionsPerArticle(t),
      "actors-cooccurrence": X.cooccurrence(t),
      "actor-sentences": sorted[0] ? X.actorSentences(t, sorted[0].id) : 0,
    });
    if (t.actors.length) {
      expect(b["actors-cooccurrence"]!.marks.cell ?? 0).toBe(X.cooccurrence(t));
      // Search narrows the table to rows naming the term (the table's search, in main: the sidebar holds the site's).
      const term = sorted[0]!.name;
      await v.page.locator("main input[type=search]").fill(term);
      await v.page.waitForFunction((n) => document.querySelector<HTMLElement>('[data-block="actors"]')?.dataset.rows !== n, String(t.actors.length), { timeout: 5_000 }).catch(() => undefined);
      const shown = (await blocks(v.page)).actors!.rows;
      expect(shown).toBeGreaterThan(0);
      expect(shown).toBeLessThanOrEqual(t.actors.length);
      // Picking another actor lists that actor's sentences.
      if (sorted[1]) {
        await selectOf(v.page, "Actor").selectOption({ index: 1 });
        expect(await rowsAfter(v.page, "actor-sentences", X.actorSentences(t, sorted[1].id))).toBe(X.actorSentences(t, sorted[1].id));
        const aliases = await v.page.evaluate(() => document.querySelector("main")!.textContent!);
        for (const alias of sorted[1].aliases) expect(aliases).toContain(alias);
      }
    }
    clean(v);
  });

  it("events: timeline and table, filtered by type, actor and date range, clusters counted once", async () => {
    const v = await open("/events", ["events-timeline", "events"]);
    const tl = X.timeline(t);
    const b = await checkBlocks(v.page, { "events-timeline": tl.rows, events: Math.min(500, t.events.length) });
    if (t.events.length) expect(await v.page.evaluate(() => document.querySelector<HTMLElement>('[data-block="events"]')?.dataset.matching)).toBe(String(t.events.length));
    expect(b["events-timeline"]!.marks.dot ?? 0).toBe(tl.rows);
    const caption = () => v.page.evaluate(() => document.querySelector('[data-block="events-timeline"] figcaption')?.textContent ?? "");
    if (tl.rows) expect(await caption()).toContain(`${tl.events} events from ${tl.reports} reports`);
    if (t.events.length) {
      const counts = new Map<string, number>();
      for (const e of t.events) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
      // Two picks as a reader makes them (key presses): the second runs the two statements prepared on the first, once each.
      for (const [i, key] of ["ArrowDown", "ArrowDown"].entries()) {
        if (counts.size <= i) break;
        const { picked, requests } = await pickByKey(v.page, "Type", key, "events");
        if (i === 1) expect(requests).toEqual(["RUN_PREPARED", "RUN_PREPARED"]);
        expect(await rowsAfter(v.page, "events", X.filterEvents(t, { type: picked }).length)).toBe(X.filterEvents(t, { type: picked }).length);
      }
      const type = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
      await selectOf(v.page, "Type").selectOption({ label: type });
      expect(await rowsAfter(v.page, "events", X.filterEvents(t, { type }).length)).toBe(X.filterEvents(t, { type }).length);
      expect(await rowsAfter(v.page, "events-timeline", X.timeline(t, { type }).rows)).toBe(X.timeline(t, { type }).rows);
      await selectOf(v.page, "Type").selectOption({ index: 0 });
      const actor = t.events.find((e) => e.source)?.source;
      if (actor) {
        const name = t.actors.find((a) => a.id === actor)!.name;
        await selectOf(v.page, "Actor").selectOption({ label: name });
        expect(await rowsAfter(v.page, "events", X.filterEvents(t, { actor }).length)).toBe(X.filterEvents(t, { actor }).length);
        await selectOf(v.page, "Actor").selectOption({ index: 0 });
      }
      const days = [...new Set(t.events.map((e) => X.eventDay(t, e)).filter((d): d is string => !!d))].sort();
      if (days.length > 1) {
        const from = days[Math.floor(days.length / 2)]!;
        await inputOf(v.page, "From").fill(from);
        expect(await rowsAfter(v.page, "events", X.filterEvents(t, { from }).length)).toBe(X.filterEvents(t, { from }).length);
        await inputOf(v.page, "To").fill(from);
        expect(await rowsAfter(v.page, "events", X.filterEvents(t, { from, to: from }).length)).toBe(X.filterEvents(t, { from, to: from }).length);
      }
    }
    clean(v);
  });

  it("figures: all numbers, same quantity compared across sources, by category", async () => {
    const v = await open("/figures", ["figures-compare", "figures", "figures-categories"]);
    const cmp = X.comparableFigures(t);
    const b = await checkBlocks(v.page, {
      "figures-compare": cmp.rows,
      figures: t.figures.length,
      "figures-categories": new Set(t.figures.map((f) => f.category)).size,
    });
    expect(b["figures-compare"]!.charts).toBe(cmp.shown.length);
    expect(b["figures-compare"]!.marks.dot ?? 0).toBe(cmp.rows);
    // Each quantity's dots sit on its groups' lines: outlet and date (and the article count when several).
    const lines = await v.page.evaluate(() => [...document.querySelectorAll('[data-block="figures-compare"] svg[class^=plot]')]
      .map((svg) => [...svg.querySelectorAll('g[aria-label="y-axis tick label"] text')].map((e) => e.textContent)));
    const article = new Map(t.articles.map((a) => [a.id, a]));
    cmp.shown.forEach((q, i) => {
      for (const g of q.groups) {
        const dates = [...g.articles].map((id) => article.get(id)?.published).filter((d) => d != null).sort();
        const [first, last] = [dates[0] ?? "undated", dates.at(-1) ?? "undated"];
        expect(lines[i]).toContain(g.articles.size > 1 ? `${g.outlet} · ${first} – ${last} · ${g.articles.size} articles` : `${g.outlet} · ${first}`);
      }
    });
    clean(v);
  });

  it("quotes: by speaker with verb and article, speaker × article matrix; speaker filter; CSV download", async () => {
    const v = await open("/quotes", ["quotes-by-speaker", "quotes", "quotes-matrix", "quotes-verbs"]);
    const pairs = X.quotesMatrix(t).cells.size;
    const speakers = new Set(t.quotes.map((q) => X.speaker(t, q))).size;
    const b = await checkBlocks(v.page, {
      "quotes-by-speaker": speakers,
      quotes: t.quotes.length,
      "quotes-matrix": pairs,
      "quotes-verbs": new Set(t.quotes.map((q) => q.verb ?? "(none)")).size,
    });
    expect(b["quotes-matrix"]!.marks.cell ?? 0).toBe(pairs);
    expect(b["quotes-by-speaker"]!.marks.bar ?? 0).toBe(Math.min(20, speakers));
    if (t.quotes.length) {
      const who = X.speaker(t, t.quotes[0]!);
      const n = t.quotes.filter((q) => X.speaker(t, q) === who).length;
      await selectOf(v.page, "Speaker").selectOption({ label: who });
      expect(await rowsAfter(v.page, "quotes", n)).toBe(n);
      // The CSV holds exactly the rows shown, formulas defused.
      const [download] = await Promise.all([v.page.waitForEvent("download"), v.page.locator('[data-block="quotes"] button.csv-download').click()]);
      const csv = readFileSync((await download.path())!, "utf8");
      const rows: Record<string, string>[] = parse(csv, { columns: true, bom: true });
      expect(rows).toHaveLength(n);
      expect(rows.every((r) => r.speaker === who)).toBe(true);
      for (const r of rows) for (const c of Object.values(r)) expect(c).not.toMatch(/^[=+\-@\t\r]/);
    }
    clean(v);
  });

  it("map: gazetteer places over the self-hosted world basemap", async () => {
    const v = await open("/map", ["map", "map-places", "map-unplaced"]);
    const places = placeRows(t);
    const placed = places.filter((p) => p.lat != null).length;
    const b = await checkBlocks(v.page, { map: placed, "map-places": placed, "map-unplaced": places.length - placed });
    if (placed) {
      expect(b.map!.marks.dot).toBe(placed);
      expect(b.map!.marks.geo).toBeGreaterThan(0);
    }
    clean(v);
  });

  it("sources: each article's reader view highlights exactly the extracted spans, text escaped, boilerplate folded", async () => {
    const v = await open("/sources", ["sources-articles"]);
    await checkBlocks(v.page, { "sources-articles": t.articles.length });
    const order = [...t.articles].sort((a, b) => byCode(a.published ?? "\uffff", b.published ?? "\uffff") || byCode(a.id, b.id));
    for (const [i, a] of order.entries()) {
      await selectOf(v.page, "Article").selectOption({ index: i });
      await v.page.waitForFunction((id) => document.querySelector<HTMLElement>(".reader")?.dataset.article === id &&
        document.querySelector<HTMLElement>("details.boilerplate")?.dataset.article === id, a.id, { timeout: 10_000 });
      const shown = await v.page.evaluate(() => {
        const root = document.querySelector(".reader")!;
        const spans: Record<string, string> = {};
        for (const el of root.querySelectorAll<HTMLElement>("[data-spans]"))
          for (const key of el.dataset.spans!.split(" ")) spans[key] = (spans[key] ?? "") + el.textContent;
        return {
          text: root.textContent,
          spans,
          tags: [...new Set([...root.querySelectorAll("*")].map((e) => e.tagName))],
          boilerplate: document.querySelector(`details.boilerplate[data-article="${CSS.escape(root.getAttribute("data-article")!)}"]`)?.querySelectorAll("li").length,
        };
      });
      expect(shown.text).toBe(a.text);
      expect(shown.tags.every((tag) => tag === "SPAN")).toBe(true);
      expect(shown.spans).toEqual(Object.fromEntries(X.readerSpans(t, a.id)));
      expect(shown.boilerplate).toBe(a.boilerplate.length);
    }
    // A link from another page lands on the article with its span marked.
    const m = t.mentions[0];
    if (m) {
      await v.page.goto(`${origin}/sources?article=${encodeURIComponent(m.article)}&span=${m.start}-${m.end}`);
      await v.page.waitForFunction((id) => document.querySelector<HTMLElement>(".reader")?.dataset.article === id, m.article, { timeout: 30_000 });
      const target = await v.page.evaluate(() => [...document.querySelectorAll(".reader .target")].map((e) => e.textContent).join(""));
      expect(target).toBe(m.text);
    }
    clean(v);
  });

  it("any static host: from a sub-folder serving exact files only, every page by its sidebar link, a source link, a search result", async () => {
    await anyHost(browser, hosted, t);
  });

  it("the rows a page draws first from the build's snapshot are what DuckDB-WASM returns for the same SQL", async () => {
    const dir = join(site, "_file", "data", "report");
    const files = readdirSync(dir).filter((f) => /^snapshot-[a-z]+\.[0-9a-f]+\.json$/.test(f));
    expect(files.length).toBeGreaterThanOrEqual(6);
    for (const f of files) {
      const page = f.split(/[-.]/)[1]!;
      const { setup = [], ...snapshot } = JSON.parse(readFileSync(join(dir, f), "utf8")) as Record<string, unknown[]>;
      expect(Object.keys(snapshot).length, f).toBeGreaterThan(0);
      // No need to wait for the page: the client's sql() waits for its tables.
      const v = await visit(browser, `${origin}/${page === "index" ? "" : page}`, origin);
      const href = (name: string) => v.page.locator(`link[rel=modulepreload][href*="${name}"]`).first().getAttribute("href");
      // A string, not a function: vitest would rewrite the function's import().
      const fromDuckDB = await v.page.evaluate(`(async () => {
        const { sql } = await import(new URL(${JSON.stringify(await href("stdlib/duckdb."))}, location.href).href);
        const { plain } = await import(new URL(${JSON.stringify(await href("components/block."))}, location.href).href);
        const out = {};
        for (const text of ${JSON.stringify(setup)}) await sql([text]);
        for (const key of ${JSON.stringify(Object.keys(snapshot))}) {
          const [text, params] = JSON.parse(key);
          out[key] = plain(await sql([text], ...params));
        }
        return out;
      })()`);
      expect(fromDuckDB, f).toEqual(snapshot);
      clean(v);
      await v.page.close();
    }
  });
});

const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
