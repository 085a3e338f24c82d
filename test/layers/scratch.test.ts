import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// Tests make temporary directories only through test/scratch.ts, which removes
// each one: a directory made any other way outlives the run, and a few runs a day
// fill a developer's disk. A static scan, not a count of the temp folder, so it
// cannot be thrown off by other processes writing there at the same time.
const HELPER = join("test", "scratch.ts");
const SELF = join("test", "layers", "scratch.test.ts");
// mkdtemp (sync or promise), os.tmpdir(), or a literal /tmp path. (A test may
// point TMPDIR at a scratch dir to see what a loader leaves there.)
const TEMP = /\bmkdtemp(?:Sync)?\b|\btmpdir\s*\(|["'`]\/tmp\//;

function sources(dir: string): string[] {
  return readdirSync(dir, { recursive: true }).map(String)
    .filter((f) => /\.(?:ts|js|mjs)$/.test(f))
    .map((f) => join(dir, f));
}

describe("temporary directories in tests", () => {
  it("are made only by test/scratch.ts (scratchDir), which removes them", () => {
    const offenders = sources("test")
      .filter((f) => f !== HELPER && f !== SELF)
      .flatMap((f) => readFileSync(f, "utf8").split("\n").flatMap((line, i) => (TEMP.test(line) ? [`${f}:${i + 1}: ${line.trim()}`] : [])));
    expect(offenders, "use scratchDir(prefix) from test/scratch.ts instead").toEqual([]);
  });

  it("the scan sees the forms it forbids", () => {
    for (const line of ["mkdtempSync(join(tmpdir(), 'x-'))", "await mkdtemp(p)", "os.tmpdir ()", "const d = \"/tmp/x\""])
      expect(TEMP.test(line), line).toBe(true);
    expect(TEMP.test("const tmp = `${dir}.tmp`; // a tmp file beside the table")).toBe(false);
  });
});
