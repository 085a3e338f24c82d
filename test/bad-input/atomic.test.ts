import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { writeAtomic, writeTables } from "../../loaders/tables/write.js";
import { TABLE_NAMES } from "../../loaders/types.js";
import { baselineRows, goodRows, GOOD_IDS, GOOD_SOURCES, run, SOURCES_HEADER } from "./helpers.js";
import { scratchDir } from "../scratch.js";

// A bug in one article's extraction costs that article's rows of that stage,
// reported with the article id; tables are replaced whole or not at all.

const CRASH = "CRASH-THIS-STAGE";
vi.mock("../../loaders/figures/index.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../loaders/figures/index.js")>();
  return {
    ...real,
    extractFigures: (doc: { text: string }, ...rest: unknown[]) => {
      if (doc.text.includes(CRASH)) throw new Error("simulated figures bug");
      return (real.extractFigures as (...a: unknown[]) => unknown)(doc, ...rest);
    },
  };
});
vi.mock("../../loaders/clean/index.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../loaders/clean/index.js")>();
  return {
    ...real,
    cleanArticle: (raw: { content: string }, ...rest: unknown[]) => {
      if (raw.content.includes("CRASH-CLEAN")) throw new Error("simulated clean bug");
      return (real.cleanArticle as (...a: unknown[]) => unknown)(raw, ...rest);
    },
  };
});

const story = (extra: string) => `Council approves budget\n\nThe council said on Monday it had approved 12 new projects worth $3 million. ${extra}\n\n“We are pleased,” the mayor said.`;
const dated = [SOURCES_HEADER, ...GOOD_SOURCES, "broken.txt,,,,2024-11-20,,en"].join("\n");

describe("crash isolation", () => {
  it("a stage throwing on one article: one error naming the article, its other tables and every other article intact", async () => {
    const r = await run({ "broken.txt": story(CRASH), "sources.csv": dated });
    expect(r.problems).toEqual(['broken.txt: error: figures stage failed on article "broken": simulated figures bug']);
    expect(r.status).toBe(1);
    expect(r.tables.figures.filter((f) => f.article === "broken")).toEqual([]);
    expect(r.tables.quotes.filter((q) => q.article === "broken")).toHaveLength(1);
    expect(r.tables.dates.filter((d) => d.article === "broken").length).toBeGreaterThan(0);
    const now = goodRows(r.tables), base = (await baselineRows());
    expect(now).toEqual(base);
    expect(now.figures!.length).toBeGreaterThan(0);
  });

  it("cleaning throwing on one article: reported, the article kept with its text as read", async () => {
    const r = await run({ "broken.txt": story("CRASH-CLEAN"), "sources.csv": dated });
    expect(r.problems).toEqual(['broken.txt: error: clean stage failed on article "broken": simulated clean bug; text kept uncleaned']);
    const a = r.tables.articles.find((x) => x.id === "broken")!;
    expect(a.text).toContain("CRASH-CLEAN");
    expect(r.tables.figures.filter((f) => f.article === "broken").length).toBeGreaterThan(0);
    expect(goodRows(r.tables)).toEqual((await baselineRows()));
  });
});

describe("atomic tables", () => {
  const tables = async () => (await run({})).tables;

  it("writeTables replaces an existing table whole and leaves no temporary file", async () => {
    const out = scratchDir("dossier-atomic-");
    writeFileSync(join(out, "articles.json"), "[{\"stale\": true}]\n".repeat(10_000));
    const t = await tables();
    writeTables(t, out, "both");
    expect(readdirSync(out).sort()).toEqual(TABLE_NAMES.flatMap((n) => [`${n}.json`, `${n}.parquet`]).sort());
    expect(JSON.parse(readFileSync(join(out, "articles.json"), "utf8")).map((a: { id: string }) => a.id)).toEqual(GOOD_IDS.slice().sort());
  });

  it("a write that fails leaves the old table untouched and no temporary file", () => {
    const dir = scratchDir("dossier-atomic-");
    const path = join(dir, "figures.json");
    writeFileSync(path, "[old]\n");
    // The temporary name taken by a folder: the write fails as on a full disk.
    mkdirSync(`${path}.${process.pid}.tmp`);
    expect(() => writeAtomic(path, "[new]\n")).toThrow();
    expect(readFileSync(path, "utf8")).toBe("[old]\n");
    expect(existsSync(`${path}.${process.pid}.tmp`)).toBe(false);
  });

  it("a reader polling during rewrites only ever sees a whole table", () => {
    const dir = scratchDir("dossier-atomic-");
    const path = join(dir, "mentions.json");
    const big = (n: number) => JSON.stringify(Array.from({ length: 20_000 }, (_, i) => ({ n, i })));
    writeAtomic(path, big(0));
    for (let n = 1; n <= 20; n++) {
      writeAtomic(path, big(n));
      const seen = JSON.parse(readFileSync(path, "utf8"));
      expect(seen).toHaveLength(20_000);
    }
    expect(readdirSync(dir)).toEqual(["mentions.json"]);
  });
});
