// `npm run screenshots`: a full-page PNG of every page of the built report, into
// screenshots/ (git-ignored), so a reviewer can look without building: <page>.png in the
// light theme and <page>-dark.png in the dark one (the report follows the reader's system). Run
// `npm run build` first; this only serves dist/ on 127.0.0.1, with the network
// beyond it blocked, and fails if a page errors.
import { mkdirSync } from "node:fs";
import config from "../../observablehq.config.ts";
import { ready } from "./blocks.js";
import { launch, visit } from "./browser.js";
import { serve } from "./serve.js";
import { visualProblems } from "./visual.js";

const OUT = "screenshots";
mkdirSync(OUT, { recursive: true });
const { url, server } = await serve("dist");
const browser = await launch();
let failed = false;
try {
  for (const [{ name, path }, scheme] of config.pages.flatMap((p) => (["light", "dark"] as const).map((s) => [p, s] as const))) {
    const v = await visit(browser, `${url}${path}`, url);
    await v.page.emulateMedia({ colorScheme: scheme });
    await v.page.setViewportSize({ width: 1280, height: 900 });
    await ready(v.page, []);
    await v.page.waitForFunction(() => document.querySelectorAll("figure.block").length > 0, undefined, { timeout: 60_000 });
    await v.page.waitForTimeout(500);
    const file = `${OUT}/${path === "/" ? "index" : path.slice(1)}${scheme === "dark" ? "-dark" : ""}.png`;
    await v.page.screenshot({ path: file, fullPage: true });
    const problems = [...v.outside.map((u) => `outside request ${u}`), ...v.failed, ...v.errors, ...(await visualProblems(v.page))];
    if (problems.length) failed = true;
    console.log(`${name.padEnd(10)} ${file}${problems.length ? `  PROBLEMS: ${problems.join("; ")}` : ""}`);
    await v.page.close();
  }
} finally {
  await browser.close();
  server.close();
}
process.exit(failed ? 1 : 0);
