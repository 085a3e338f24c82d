import { createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch, settled } from "./browser.js";
import { extractFolder } from "../../loaders/pipeline.js";
import { buildCopy } from "./copy.js";
import { scratchDir } from "../scratch.js";

// The report built from a hostile corpus: article text, titles, outlets,
// bylines, URLs and actor names that are HTML and JavaScript. Every page must
// show them as text, run none of them, fetch nothing outside the site, and
// log no error or Content-Security-Policy violation.
// The build runs in a copy of the repository (test/browser/copy.ts).

const PAYLOADS = {
  script: "<script>window.__pwned=1</script>",
  img: '<img src=x onerror="window.__pwned=2">',
  link: '<a href="javascript:window.__pwned=3">click</a>',
};
const EVIL_NAME = '<img src=y onerror="window.__pwned=8">';

let root: string;
let browser: Browser;
let server: Server;
let origin: string;
let pages: string[];

/** A static server for dist/ that also sends dist/_headers (as Netlify and Cloudflare Pages would). */
async function serveWithHeaders(dist: string): Promise<{ url: string; server: Server }> {
  const headers: Record<string, string> = {};
  for (const line of readFileSync(join(dist, "_headers"), "utf8").split("\n")) {
    const m = /^\s+([\w-]+):\s*(.*)$/.exec(line);
    if (m) headers[m[1]!] = m[2]!;
  }
  const types: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".wasm": "application/wasm", ".json": "application/json", ".svg": "image/svg+xml" };
  const s = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
    if (path.includes("..")) return void res.writeHead(400).end();
    // Chromium asks every new context for a favicon; a 404 would be a console error.
    if (path === "/favicon.ico") return void res.writeHead(204).end();
    let file = join(dist, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    else if (!existsSync(file) && existsSync(`${file}.html`)) file = `${file}.html`;
    if (!existsSync(file)) return void res.writeHead(404).end("not found");
    res.writeHead(200, { ...headers, "content-type": types[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((r) => s.listen(0, "127.0.0.1", r));
  return { url: `http://127.0.0.1:${(s.address() as AddressInfo).port}`, server: s };
}

const cell = (s: string) => `"${s.replace(/"/g, '""')}"`;

function hostileCorpus(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const p = PAYLOADS;
  writeFileSync(join(dir, "evil-text.txt"), [
    "Council hears hostile testimony",
    "",
    `Maria Lopez, the council's chair, told members on Monday that the message read ${p.script} and nothing else.`,
    "",
    `“We found ${p.img} in 12 files,” Lopez said, adding that ${p.link} was sent to 300 staff.`,
    "",
    `Chile and Peru signed a port agreement in Lima on Tuesday; the annex quoted ${EVIL_NAME} twice.`,
    "",
    "Peruvian troops attacked a rebel camp near the border on Monday.",
  ].join("\n"));
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  writeFileSync(join(dir, "evil-page.html"), `<!doctype html><html lang="en"><head><title>Hostile page</title>
<script>window.__pwned = 10</script><meta http-equiv="refresh" content="0;url=javascript:window.__pwned=11"></head>
<body onload="window.__pwned=12"><article><h1>Harbour board meets</h1>
<p>The harbour board met on Tuesday in Valparaiso and approved 40 new berths. ${esc(p.script)} was printed on the agenda.</p>
<p>Board member Tomas Reyes said the plan would cost $5 million. <script>window.__pwned=13</script><img src=x onerror="window.__pwned=14"></p>
<p>“The berths open next year,” Reyes said, pointing to <a href="javascript:window.__pwned=15">the plan</a> and ${esc(p.img)} in the minutes.</p>
<iframe src="https://evil.example/frame"></iframe></article></body></html>`);
  writeFileSync(join(dir, "sources.csv"), [
    "file,title,outlet,url,published,byline,language",
    `evil-text.txt,${cell(`${p.script} Council`)},${cell(p.img)},javascript:window.__pwned=6,2024-11-18,${cell(p.link)},en`,
    `evil-page.html,"=HYPERLINK(""http://evil.example"",""x"")",Harbour <b>News</b>,https://evil.example/article,2024-11-19,,en`,
  ].join("\n"));
}

beforeAll(async () => {
  // The figure a reporter corrects, found by extracting the same corpus first.
  const draft = scratchDir("dossier-hostile-draft-");
  hostileCorpus(draft);
  const figure = (await extractFolder(draft)).tables.figures.find((f) => f.article === "evil-page" && f.value === 40)!;
  root = buildCopy("dossier-hostile-", (corpus, data) => {
    // A registry entry whose canonical name and role are markup: the actors pages show them.
    writeFileSync(join(data, "actors.csv"), `id,name,kind,aliases,country,role,distinct_from,note\nmaria-lopez,${cell(`Maria Lopez ${EVIL_NAME}`)},person,Maria Lopez|Lopez,,${cell(PAYLOADS.script)},,\n`);
    hostileCorpus(corpus);
    // A reporter's fix whose note is markup too: the figures page marks the row with the note, as text.
    writeFileSync(join(data, "corrections.csv"), `id,action,field,value,note\n${figure.id},set,unit,berths (new),${cell(`checked ${PAYLOADS.img}`)}\n`);
  });
  pages = readdirSync(join(root, "dist")).filter((f) => f.endsWith(".html") && f !== "404.html").map((f) => (f === "index.html" ? "/" : `/${f.replace(/\.html$/, "")}`));
  ({ url: origin, server } = await serveWithHeaders(join(root, "dist")));
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});

interface Probe { page: Page; outside: string[]; errors: string[]; violations: () => Promise<string[]>; pwned: () => Promise<unknown> }

async function open(path: string): Promise<Probe> {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
  });
  const page = await context.newPage();
  const probe: Probe = {
    page, outside: [], errors: [],
    violations: () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
    pwned: () => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned),
  };
  await page.route("**/*", (route) => {
    const u = route.request().url();
    if (u.startsWith(origin) || u.startsWith("data:") || u.startsWith("blob:")) return route.continue();
    probe.outside.push(u);
    return route.abort();
  });
  page.on("console", (m) => { if (m.type() === "error") probe.errors.push(m.text()); });
  page.on("pageerror", (e) => probe.errors.push(String(e)));
  await page.goto(`${origin}${path}`, { waitUntil: "load" });
  await settled(page);
  return probe;
}

describe("hostile corpus", () => {
  it("ships the policy as a meta tag on every page and in _headers", () => {
    expect(pages.length).toBeGreaterThanOrEqual(2);
    const headers = readFileSync(join(root, "dist", "_headers"), "utf8");
    expect(headers).toMatch(/Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    expect(headers).toContain("frame-ancestors 'none'");
    for (const f of readdirSync(join(root, "dist")).filter((f) => f.endsWith(".html"))) {
      const html = readFileSync(join(root, "dist", f), "utf8");
      expect(html, f).toContain('<meta http-equiv="Content-Security-Policy" content="default-src \'self\'; script-src \'self\' \'wasm-unsafe-eval\' \'sha256-');
      expect(html, f).not.toContain("unsafe-inline' ; script");
      expect(html, f).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    }
  });

  it("every page: nothing ran, nothing fetched outside, no error, no policy violation", async () => {
    for (const path of pages) {
      const p = await open(path);
      expect(await p.pwned(), path).toBeUndefined();
      expect(p.outside, path).toEqual([]);
      expect(p.errors, path).toEqual([]);
      expect(await p.violations(), path).toEqual([]);
      await p.page.context().close();
    }
  });

  it("the sources page shows the payloads as visible text in the article and its metadata", async () => {
    const p = await open("/sources?article=evil-text");
    const reader = await p.page.locator(".reader").innerText();
    for (const s of [PAYLOADS.script, PAYLOADS.img, PAYLOADS.link, EVIL_NAME]) expect(reader).toContain(s);
    const body = await p.page.locator("main").innerText();
    expect(body).toContain(PAYLOADS.link); // the byline
    // Nothing in the page became an element: no injected <img>, <script> or javascript: anchor inside main.
    expect(await p.page.locator("main img").count()).toBe(0);
    expect(await p.page.locator("main script").count()).toBe(0);
    // A javascript: URL from sources.csv, even if a page links it, never runs (the policy blocks it).
    const links = p.page.locator('main a[href^="javascript:"]');
    for (let i = 0; i < (await links.count()); i++) await links.nth(i).click();
    expect(await p.pwned()).toBeUndefined();
    const page2 = await open("/sources?article=evil-page");
    const text = await page2.page.locator(".reader").innerText();
    expect(text).toContain(PAYLOADS.script);
    expect(text).toContain(PAYLOADS.img);
    expect(text).toContain("approved 40 new berths");
    expect(text).not.toContain("__pwned=13");
    expect(await page2.pwned()).toBeUndefined();
  });

  it("a corrected row is marked in its table with the reporter's note, as text", async () => {
    const p = await open("/figures");
    const table = p.page.locator('figure[data-block="figures"] table');
    await expect.poll(() => table.locator("thead").innerText()).toContain("corrected");
    const row = table.locator("tbody tr", { hasText: "berths (new)" });
    expect(await row.count()).toBe(1);
    expect(await row.innerText()).toContain(`checked ${PAYLOADS.img}`);
    expect(await p.page.locator("main img").count()).toBe(0);
    expect(await p.pwned()).toBeUndefined();
  });

  it("the overview shows hostile titles, outlets and actor names as text", async () => {
    const p = await open("/");
    const body = await p.page.locator("main").innerText();
    expect(body).toContain(PAYLOADS.img); // the outlet
    expect(body).toContain(`${PAYLOADS.script} Council`); // the title
    expect(await p.page.locator("main img").count()).toBe(0);
    const actors = await open("/actors");
    expect(await actors.page.locator("main").innerText()).toContain(`Maria Lopez ${EVIL_NAME}`);
    expect(await actors.page.locator("main img").count()).toBe(0);
    expect(await actors.pwned()).toBeUndefined();
  });
});
