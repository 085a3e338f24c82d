import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";

// The one place tests make temporary directories (test/layers/scratch.test.ts
// holds every other file to it): each is removed when its file's tests are done,
// so running the suite a few times a day does not fill a developer's disk.

const made: string[] = [];
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
  for (const dir of made.splice(0)) remove(dir);
};

// Registered when a test file (or a helper it imports) first loads this module,
// i.e. while the file is collected, so the hook belongs to the file itself: every
// test file loads its own copy (vitest isolates files), and a script run outside
// vitest (tsx) still cleans up on exit.
if (process.env.VITEST) afterAll(removeAll);
else process.once("exit", removeAll);

/**
 * A new empty directory under the system temp dir, named `<prefix>XXXXXX`, removed
 * after the last test of the file that made it. Per file, not per test, wherever
 * it is made (module level, a describe body, beforeAll, a test): tests share
 * fixtures made inside an earlier test (a built report, a lazily extracted corpus).
 */
export function scratchDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
