import { readdirSync } from "node:fs";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterEach, describe, expect, it, vi } from "vitest";
import { TABLE_NAMES, type Tables } from "../../loaders/types.js";
import { withTables } from "../../src/data/lib/snapshot.js";
import { scratchDir } from "../scratch.js";

// The build's snapshot loader writes the tables as JSON into a temp folder for
// DuckDB to read: whatever happens, the folder must be gone afterwards. The
// system temp dir is pointed at a scratch folder of this test so that other
// processes writing to the real one cannot be counted.
const empty = Object.fromEntries(TABLE_NAMES.map((t) => [t, []])) as unknown as Tables;
const saved = process.env.TMPDIR;

function privateTemp(): string {
  const dir = scratchDir("dossier-snapshot-test-");
  process.env.TMPDIR = dir;
  return dir;
}

afterEach(() => {
  if (saved === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = saved;
  vi.restoreAllMocks();
});

describe("the snapshot loader's temp folder", () => {
  it("is removed after a query", async () => {
    const temp = privateTemp();
    expect(await withTables(empty, [], [], (run) => run("SELECT count(*) AS n FROM articles"))).toEqual([{ n: "0" }]);
    expect(readdirSync(temp)).toEqual([]);
  });

  it("is removed when a query fails", async () => {
    const temp = privateTemp();
    await expect(withTables(empty, [], [], (run) => run("SELECT * FROM no_such_table"))).rejects.toThrow();
    expect(readdirSync(temp)).toEqual([]);
  });

  it("is removed when DuckDB fails to start", async () => {
    const temp = privateTemp();
    vi.spyOn(DuckDBInstance, "create").mockRejectedValueOnce(new Error("cannot start"));
    await expect(withTables(empty, [], [], async () => 1)).rejects.toThrow("cannot start");
    expect(readdirSync(temp)).toEqual([]);
  });
});
