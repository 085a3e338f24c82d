import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { expect } from "vitest";

/**
 * Compares `actual` with the golden file at `path` (as in Observable Plot's
 * test/output/). A missing golden is written (review it, then commit it); a
 * differing one is left alone and the new output is written beside it as
 * `<name>-changed.<ext>` for review, and the test fails.
 * Set GOLDEN_UPDATE=1 to accept the new output.
 */
export function expectGolden(path: string, actual: unknown): void {
  const text = typeof actual === "string" ? actual : `${JSON.stringify(actual, null, 2)}\n`;
  const changed = path.replace(/(\.[^./]+)$/, "-changed$1");
  mkdirSync(dirname(path), { recursive: true });
  if (!existsSync(path) || process.env.GOLDEN_UPDATE) {
    writeFileSync(path, text);
    if (existsSync(changed)) rmSync(changed);
    return;
  }
  const expected = readFileSync(path, "utf8");
  if (expected === text) {
    if (existsSync(changed)) rmSync(changed);
    return;
  }
  writeFileSync(changed, text);
  expect(text, `output differs from ${path}; see ${changed}`).toBe(expected);
}
