import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { workerUrl } from "../../loaders/parallel/pool.js";
import { TABLE_NAMES } from "../../loaders/types.js";
import { scratchDir } from "../scratch.js";

// bin/dossier.js starts the CLI from the bundle of loaders/ built for the
// sources, else through tsx. Both must behave the same: the bundle runs from
// .dossier-cache/bundle/<version>/, so any path it resolves from its own location
// (the registry, package.json, lexicons) would differ if resolved wrongly.

const run = (env: Record<string, string>, ...args: string[]) =>
  spawnSync(process.execPath, ["bin/dossier.js", ...args], { encoding: "utf8", env: { ...process.env, DOSSIER_TIMINGS: "1", ...env } });

describe("the CLI's entry", () => {
  it("gives the same version and tables from the bundle as through tsx", () => {
    expect(workerUrl().pathname).toMatch(/\.dossier-cache\/bundle\/[0-9a-f]{16}-[0-9a-f]{8}\/worker\.js$/);
    const version = JSON.parse(readFileSync("package.json", "utf8")).version;
    const tables: Record<string, string>[] = [];
    for (const [entry, env] of [["bundle", {}], ["tsx", { DOSSIER_NO_BUNDLE: "1" }]] as const) {
      expect(run(env, "--version").stdout.trim()).toBe(version);
      const out = scratchDir(`dossier-entry-${entry}-`);
      const r = run(env, "extract", "data/articles", "--out", out, "--quiet", "--jobs", "1");
      expect(r.status, r.stderr).toBe(0);
      expect(r.stderr).toContain(`"entry":"${entry}"`);
      tables.push(Object.fromEntries(TABLE_NAMES.map((t) => [t, readFileSync(join(out, `${t}.json`), "utf8")])));
    }
    expect(tables[0]).toEqual(tables[1]);
    expect(JSON.parse(tables[0]!.actors!).length).toBeGreaterThan(10);
  }, 60_000);
});
