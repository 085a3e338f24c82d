import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, onTestFinished } from "vitest";

// The one place tests make temporary directories (test/layers/scratch.test.ts
// holds every other file to it): each is removed once nothing can read it again,
// so running the suite a few times a day does not fill a developer's disk.

const forFile: string[] = [];
// KEEP_SCRATCH=1 keeps them, to look at what a failing test wrote.
const keep = Boolean(process.env.KEEP_SCRATCH);
const remove = (dir: string) => {
  if (keep) return;
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  } catch (e) {
    // A child process still writing there (a test that timed out): say so rather than fail a test over its cleanup.
    console.warn(`scratch: could not remove ${dir}: ${String(e)}`);
  }
};
const removeAll = () => {
  for (const dir of forFile.splice(0)) remove(dir);
};

// Registered when a test file (or a helper it imports) first loads this module,
// i.e. while the file is collected, so the hook belongs to the file itself: every
// test file loads its own copy (vitest isolates files), and a script run outside
// vitest (tsx) still cleans up on exit.
if (process.env.VITEST) afterAll(removeAll);
else process.once("exit", removeAll);

/**
 * A new empty directory under the system temp dir, named `<prefix>XXXXXX`. Made
 * inside a test it is removed when that test ends; made anywhere else (module
 * level, a describe body, beforeAll) it lives until the file's tests are done,
 * so a fixture shared by several tests outlives each of them.
 */
export function scratchDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  try {
    onTestFinished(() => remove(dir));
  } catch {
    // Not inside a test (onTestFinished throws there): the file's afterAll removes it.
    forFile.push(dir);
  }
  return dir;
}
