// `npm run bench:report [dist …]`: the built report (default: dist/, so run `npm run build`
// first, then the report built from BENCH_REPORT_LARGE generated articles, default 10,000,
// 0 to skip; built once and cached in .scratch/bench-report/) in headless Chromium, per page,
// the median of BENCH_REPORT_RUNS loads (default 3):
//   first chart  navigation → the first chart or table of the page drawn
//   all blocks   navigation → the last block drawn (every DuckDB query answered)
// each in a fresh browser context ("cold": nothing cached) and again in the same
// context ("warm": a reader's second page, wasm and files from the HTTP cache);
// then on the Events page the time of a filter (type picked → timeline and table
// redrawn by DuckDB-WASM prepared statements). Goals (issue 7): first chart < 1 s
// on the seeds and < 2 s on 10,000 articles, filter < 200 ms. BENCH_REPORT_PAGES (e.g.
// "/events") benches only those pages.
import type { Browser, BrowserContext, Page } from "playwright-core";
import config from "../../observablehq.config.ts";
import { launch } from "./browser.js";
import { largeDist } from "./large.js";
import { serve } from "./serve.js";

const RUNS = Number(process.env.BENCH_REPORT_RUNS ?? 3);
const LARGE = Number(process.env.BENCH_REPORT_LARGE ?? 10_000);
const PAGES = process.env.BENCH_REPORT_PAGES?.split(",");
const dists = process.argv.slice(2).length ? process.argv.slice(2) : ["dist", ...(LARGE > 0 ? [largeDist(LARGE)] : [])];

// Records when each block (and the first Plot chart or Inputs table anywhere in the page) is
// drawn, and the requests in flight to the DuckDB worker (a page is done when none is left).
const RECORDER = `(() => {
  const t = (window.__blocks = { first: null, last: null, count: 0, workers: 0, pending: 0, lastWorker: 0, answered: [] });
  // When each request was sent, and [sent, answered] per answer: DuckDB's own share of a filter.
  const sent = new Map();
  // DuckDB's requests carry a messageId; its answer carries it back as requestId (progress and log messages are not answers).
  const open = new Set();
  const W = window.Worker;
  window.Worker = class extends W {
    constructor(...a) {
      super(...a);
      t.workers++;
      this.addEventListener("message", (e) => {
        if (e.data && !/PROGRESS|LOG/.test(e.data.type ?? "")) {
          open.delete(e.data.requestId);
          if (sent.has(e.data.requestId)) t.answered.push([sent.get(e.data.requestId), performance.now()]);
          sent.delete(e.data.requestId);
        }
        t.pending = open.size;
        t.lastWorker = performance.now();
      });
    }
    postMessage(m, ...a) {
      if (m && m.messageId != null) { open.add(m.messageId); sent.set(m.messageId, performance.now()); }
      t.pending = open.size;
      t.lastWorker = performance.now();
      return super.postMessage(m, ...a);
    }
  };

  new MutationObserver(() => {
    const n = document.querySelectorAll("figure.block").length;
    const drawn = document.querySelector("main svg[class^=plot], figure.block table, figure.block .no-rows");
    if (drawn && t.first == null) t.first = performance.now();
    if (n !== t.count) { t.count = n; t.last = performance.now(); }
  }).observe(document, { childList: true, subtree: true });
})()`;

interface Load { first: number; last: number; blocks: number }

/** Loads `url` in `page` and waits until DuckDB has answered everything and no block has appeared for `quietMs`. */
async function load(page: Page, url: string, quietMs = 1000): Promise<Load> {
  await page.goto(url, { waitUntil: "load" });
  const deadline = Date.now() + 180_000;
  for (;;) {
    const s = await page.evaluate(() => {
      const b = (window as unknown as { __blocks: { first: number | null; last: number | null; count: number; workers: number; pending: number; lastWorker: number } }).__blocks;
      return { ...b, now: performance.now(), busy: !!document.querySelector("observablehq-loading, .observablehq--running") };
    });
    const quiet = s.now - Math.max(s.last ?? 0, s.lastWorker) > quietMs;
    if (s.first != null && s.last != null && s.workers > 0 && s.pending === 0 && !s.busy && quiet) return { first: s.first, last: s.last, blocks: s.count };
    if (Date.now() > deadline) throw new Error(`${url}: not drawn in 180 s`);
    await page.waitForTimeout(100);
  }
}

/**
 * Per pick of the Events type filter: [whole interaction, DuckDB] in ms. The
 * interaction runs from the pick (a key press in the focused select, Playwright's
 * own dispatch included) until the new timeline and table are in the page; DuckDB is
 * the span from the first request sent to DuckDB-WASM after the pick to its last answer.
 * The pick is a key press, as a reader's, not selectOption: selectOption's events are
 * untrusted, and Inputs.select then turns its "change" into a second "input", so every
 * pick ran its queries twice (a reader's pick runs them once).
 */
async function filterTimes(page: Page): Promise<[number, number][]> {
  const select = page.locator('form:has(> label:text-is("Type")) select');
  const options = await select.locator("option").count();
  const times: [number, number][] = [];
  await page.waitForSelector('figure.block[data-block="events"]', { timeout: 120_000 });
  await select.focus();
  for (let i = 1; i < Math.min(options, 6); i++) {
    // Framework replaces a block when its query re-runs: wait for the old one to leave the page.
    const before = await page.evaluate(() => {
      (window as unknown as { old?: Element | null }).old = document.querySelector('figure.block[data-block="events"]');
      return performance.now();
    });
    await page.keyboard.press("ArrowDown");
    await page.waitForFunction(() => {
      const old = (window as unknown as { old?: Element | null }).old;
      return old && !old.isConnected && document.querySelector('figure.block[data-block="events"]') && document.querySelector('figure.block[data-block="events-timeline"]');
    }, undefined, { polling: "raf", timeout: 60_000 });
    const [now, duck] = await page.evaluate((from) => {
      const answered = (window as unknown as { __blocks: { answered: [number, number][] } }).__blocks.answered.filter(([sent]) => sent >= from);
      return [performance.now(), answered.length ? Math.max(...answered.map(([, a]) => a)) - Math.min(...answered.map(([s]) => s)) : NaN];
    }, before);
    const picked = await select.evaluate((s: HTMLSelectElement) => s.selectedIndex);
    if (picked !== i) throw new Error(`the key press picked option ${picked}, not ${i}`);
    times.push([now - before, duck]);
  }
  return times;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const ms = (x: number) => `${x.toFixed(0).padStart(6)} ms`;

async function benchDist(browser: Browser, dist: string): Promise<string[]> {
  const { url, server } = await serve(dist);
  const out = [`${dist} (median of ${RUNS} loads)`, "page         first chart cold / warm     all blocks cold / warm"];
  const filters: [number, number][] = [];
  try {
    for (const { path } of config.pages.filter((p) => !PAGES || PAGES.includes(p.path))) {
      const cold: Load[] = [], warm: Load[] = [];
      for (let r = 0; r < RUNS; r++) {
        const context: BrowserContext = await browser.newContext();
        await context.addInitScript(RECORDER);
        const page = await context.newPage();
        cold.push(await load(page, `${url}${path}`));
        warm.push(await load(page, `${url}${path}`));
        if (path === "/events") filters.push(...(await filterTimes(page)));
        await context.close();
      }
      out.push(`${path.padEnd(10)} ${ms(median(cold.map((l) => l.first)))} / ${ms(median(warm.map((l) => l.first)))}   ${ms(median(cold.map((l) => l.last)))} / ${ms(median(warm.map((l) => l.last)))}  (${cold[0]!.blocks} blocks)`);
    }
    if (filters.length) {
      out.push(`filter (Events: type picked by key → timeline + table redrawn) median ${ms(median(filters.map(([all]) => all)))} of ${filters.length}`);
      out.push(`filter, DuckDB-WASM queries alone (first request → last answer) median ${ms(median(filters.map(([, duck]) => duck)))}`);
    }
  } finally {
    server.close();
  }
  return out;
}

const browser = await launch();
try {
  for (const dist of dists) console.log((await benchDist(browser, dist)).join("\n") + "\n");
} finally {
  await browser.close();
}
