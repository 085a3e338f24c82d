// `npm run bench:report`: in headless Chromium against the built dist/ (run
// `npm run build` first), per page: time from navigation to the first chart or
// table, and to every block rendered; then the time of a filter query (the
// Events page's type filter, a DuckDB prepared statement) measured in the page.
// Goals (issue 7): first chart < 1 s on the seeds, filter < 200 ms.
import config from "../../observablehq.config.ts";
import { launch, visit } from "./browser.js";
import { serve } from "./serve.js";

const { url, server } = await serve("dist");
const browser = await launch();
const rows: string[] = [];
try {
  for (const { path } of config.pages) {
    const v = await visit(browser, `${url}${path}`, url);
    const first = await v.page.waitForFunction(() => {
      const el = document.querySelector("figure.block svg[class^=plot], figure.block table, figure.block .no-rows");
      return el ? performance.now() : null;
    }, undefined, { timeout: 60_000, polling: 20 });
    const firstMs = (await first.jsonValue()) as number;
    const all = await v.page.waitForFunction(() => !document.querySelector("observablehq-loading") && document.querySelectorAll("figure.block").length > 0 ? performance.now() : null, undefined, { timeout: 60_000, polling: 20 });
    const allMs = (await all.jsonValue()) as number;
    let filter = "";
    if (path === "/events") {
      const select = v.page.locator('form:has(> label:text-is("Type")) select');
      const options = await select.locator("option").count();
      if (options > 1) {
        const times: number[] = [];
        for (let i = 1; i < Math.min(options, 6); i++) {
          // Framework replaces a block when its query re-runs: wait for the old one to leave the page.
          const before = await v.page.evaluate(() => {
            (window as unknown as { old?: Element | null }).old = document.querySelector('figure.block[data-block="events"]');
            return performance.now();
          });
          await select.selectOption({ index: i });
          await v.page.waitForFunction(() => {
            const old = (window as unknown as { old?: Element | null }).old;
            return old && !old.isConnected && document.querySelector('figure.block[data-block="events"]');
          }, undefined, { polling: "raf", timeout: 30_000 });
          times.push((await v.page.evaluate(() => performance.now())) - before);
        }
        times.sort((a, b) => a - b);
        filter = `  filter (type → table + timeline) median ${times[Math.floor(times.length / 2)]!.toFixed(0)} ms`;
      }
    }
    rows.push(`${path.padEnd(10)} first chart ${firstMs.toFixed(0).padStart(6)} ms   all blocks ${allMs.toFixed(0).padStart(6)} ms${filter}${v.errors.length ? `  errors: ${v.errors.length}` : ""}`);
    await v.page.close();
  }
} finally {
  await browser.close();
  server.close();
}
console.log(rows.join("\n"));
