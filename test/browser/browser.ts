import { chromium, type Browser, type Page } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}

export interface Visit {
  page: Page;
  outside: string[];
  failed: string[];
  errors: string[];
}

/** Opens `url`, recording requests that leave `origin`, failed requests and console errors. */
export async function visit(browser: Browser, url: string, origin: string): Promise<Visit> {
  const page = await browser.newPage();
  const v: Visit = { page, outside: [], failed: [], errors: [] };
  await page.route("**/*", (route) => {
    const u = route.request().url();
    if (u.startsWith(origin) || u.startsWith("data:") || u.startsWith("blob:")) return route.continue();
    v.outside.push(u);
    return route.abort();
  });
  page.on("requestfailed", (r) => v.failed.push(`${r.url()} ${r.failure()?.errorText}`));
  page.on("response", (r) => { if (r.status() >= 400) v.failed.push(`${r.url()} ${r.status()}`); });
  page.on("console", (m) => { if (m.type() === "error") v.errors.push(m.text()); });
  page.on("pageerror", (e) => v.errors.push(String(e)));
  await page.goto(url, { waitUntil: "load" });
  return v;
}

/** Waits until Framework has rendered: no cell still running, and at least one chart or table. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => !document.querySelector(".observablehq--loading, .observablehq--running") &&
      document.querySelectorAll("svg[class^=plot], form[class^=inputs] table, .no-rows, .observablehq--error").length > 0,
    undefined,
    { timeout: 60_000 },
  );
  await page.waitForTimeout(300);
}
