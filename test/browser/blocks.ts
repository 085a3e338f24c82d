import type { Page } from "playwright-core";

/** Waits until the page has rendered `names` (figure.block[data-block]) and nothing is loading. */
export async function ready(page: Page, names: string[], timeout = 60_000): Promise<void> {
  await page.waitForFunction(
    (names) => !document.querySelector("observablehq-loading, .observablehq--running") &&
      (names.every((n) => document.querySelector(`figure.block[data-block="${n}"]`)) || !!document.querySelector(".observablehq--error")),
    names,
    { timeout },
  );
}

export interface BlockState {
  rows: number;
  /** Elements drawn by each Plot mark, by aria-label ("dot", "bar", "cell", "geo", …). */
  marks: Record<string, number>;
  charts: number;
  /** The Inputs.table's value: every row when none is selected. */
  tableRows: number | null;
  sql: string;
  csv: string;
  noRows: boolean;
}

export async function blocks(page: Page): Promise<Record<string, BlockState>> {
  return page.evaluate(() => {
    const out: Record<string, unknown> = {};
    for (const f of document.querySelectorAll<HTMLElement>("figure.block")) {
      const marks: Record<string, number> = {};
      for (const g of f.querySelectorAll("svg[class^=plot] g[aria-label]")) {
        const label = g.getAttribute("aria-label")!;
        if (/axis|tick|grid|label|frame/.test(label)) continue;
        marks[label] = (marks[label] ?? 0) + g.children.length;
      }
      const form = f.querySelector("form[class^=inputs]") as (HTMLFormElement & { value?: unknown[] }) | null;
      out[f.dataset.block!] = {
        rows: Number(f.dataset.rows),
        marks,
        charts: f.querySelectorAll("svg[class^=plot]:not([class$=swatches] *)").length,
        tableRows: form && Array.isArray(form.value) ? form.value.length : null,
        sql: f.querySelector("details.sql code")?.textContent ?? "",
        csv: f.querySelector("button.csv-download")?.textContent ?? "",
        noRows: !!f.querySelector(".no-rows"),
      };
    }
    return out as Record<string, BlockState>;
  });
}

/** Waits for block `name` to show `rows` rows (after a filter), returning what it shows if it never does. */
export async function rowsAfter(page: Page, name: string, rows: number): Promise<number> {
  await page.waitForFunction(
    ([name, rows]) => document.querySelector<HTMLElement>(`figure.block[data-block="${name}"]`)?.dataset.rows === String(rows),
    [name, rows] as const,
    { timeout: 10_000 },
  ).catch(() => undefined);
  return page.evaluate((name) => Number(document.querySelector<HTMLElement>(`figure.block[data-block="${name}"]`)?.dataset.rows), name);
}

/** The <select> of the Inputs control labelled `label`. */
export const selectOf = (page: Page, label: string) => page.locator(`form:has(> label:text-is("${label}")) select`);
export const inputOf = (page: Page, label: string) => page.locator(`form:has(> label:text-is("${label}")) input`);

/**
 * Presses `key` in the focused select labelled `label` (a trusted pick, as a reader's: Playwright's
 * selectOption sends untrusted events, which Inputs.select answers twice) and waits until block
 * `name` is replaced. Returns the label picked and the types of the requests the page sent to
 * its workers meanwhile (DuckDB-WASM's: RUN_PREPARED, CONNECT, …).
 */
export async function pickByKey(page: Page, label: string, key: string, name: string): Promise<{ picked: string; requests: string[] }> {
  await page.evaluate((name) => {
    const w = window as unknown as { old?: Element | null; requests: string[]; post?: Worker["postMessage"] };
    w.old = document.querySelector(`figure.block[data-block="${name}"]`);
    w.requests = [];
    const post = (w.post ??= Worker.prototype.postMessage);
    Worker.prototype.postMessage = function (this: Worker, m: { type?: string }, ...rest: [never]) {
      w.requests.push(String(m?.type));
      return post.call(this, m, ...rest);
    };
  }, name);
  await selectOf(page, label).focus();
  await page.keyboard.press(key);
  await page.waitForFunction((name) => {
    const old = (window as unknown as { old?: Element | null }).old;
    return old && !old.isConnected && document.querySelector(`figure.block[data-block="${name}"]`);
  }, name, { timeout: 30_000 });
  const picked = await selectOf(page, label).evaluate((s: HTMLSelectElement) => s.selectedOptions[0]!.textContent!);
  return { picked, requests: await page.evaluate(() => (window as unknown as { requests: string[] }).requests) };
}
