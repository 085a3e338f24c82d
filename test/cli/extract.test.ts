import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TABLE_NAMES } from "../../loaders/types.js";
import { SCHEMA } from "../../loaders/tables/schema.js";
import { scratchDir } from "../scratch.js";

const dossier = (...args: string[]) => spawnSync(process.execPath, ["bin/dossier.js", ...args], { encoding: "utf8" });
const tmp = () => scratchDir("dossier-");
const seeds = readdirSync("data/articles").filter((f) => f.endsWith(".txt"));

describe("dossier extract", () => {
  it("writes the seven JSON tables for the corpus, with sha256 of the raw bytes and metadata", async () => {
    const out = tmp();
    const r = dossier("extract", "data/articles", "--out", out, "--quiet");
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(TABLE_NAMES.map((t) => `${t}.json`).sort());
    const articles = JSON.parse(readFileSync(join(out, "articles.json"), "utf8"));
    expect(articles).toHaveLength(seeds.length);
    const { createHash } = await import("node:crypto");
    for (const a of articles) {
      expect(a.sha256).toBe(createHash("sha256").update(readFileSync(join("data/articles", a.file))).digest("hex"));
      expect(a.text.length).toBeGreaterThan(500);
      expect(Object.keys(a)).toEqual(expect.arrayContaining(SCHEMA.articles.map(([c]) => c)));
    }
    const herald = articles.find((a: { outlet: string }) => a.outlet === "The Herald");
    expect(herald.published).toBe("2024-11-16");
  });

  it("writes Parquet with the contract's columns, also for empty tables", () => {
    const out = tmp();
    const r = dossier("extract", "data/articles", "--out", out, "--format", "both", "--quiet");
    expect(r.status, r.stderr).toBe(0);
    for (const t of TABLE_NAMES) {
      const bytes = readFileSync(join(out, `${t}.parquet`));
      expect(bytes.subarray(0, 4).toString()).toBe("PAR1");
      // Column names are stored in the footer's schema.
      for (const [col] of SCHEMA[t]) expect(bytes.includes(Buffer.from(col))).toBe(true);
    }
  });

  it("names a missing input folder in one line and exits non-zero", () => {
    const r = dossier("extract", "no/such/folder", "--out", tmp());
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/no\/such\/folder: error: input folder does not exist/);
  });

  it("reports an unreadable or invalid article in one line and still writes the others", () => {
    const dir = tmp();
    for (const f of seeds.slice(0, 2)) copyFileSync(join("data/articles", f), join(dir, f));
    writeFileSync(join(dir, "broken.txt"), Buffer.from([0x41, 0xff, 0xfe, 0x00, 0x42]));
    writeFileSync(join(dir, "locked.txt"), "A story about Norland and Estovia.");
    chmodSync(join(dir, "locked.txt"), 0o000);
    const out = tmp();
    const r = dossier("extract", dir, "--out", out, "--quiet");
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split("\n");
    expect(lines.some((l) => l.includes("broken.txt") && l.includes("error"))).toBe(true);
    // root can read a 000 file; only check the locked file when it really is unreadable.
    const articles = JSON.parse(readFileSync(join(out, "articles.json"), "utf8"));
    const ids = articles.map((a: { id: string }) => a.id);
    expect(ids).toEqual(expect.arrayContaining(seeds.slice(0, 2).map((f) => f.replace(/\.txt$/, ""))));
    expect(ids).not.toContain("broken");
  });

  it("rejects bad arguments with the usage line", () => {
    expect(dossier("extract", "data/articles").status).toBe(2);
    expect(dossier("extract", "data/articles", "--out", tmp(), "--format", "xml").status).toBe(2);
    expect(dossier("frobnicate").stderr).toMatch(/unknown command "frobnicate"/);
  });

  it("--cache: a rebuild after adding an article writes the files a cold run writes, byte for byte", () => {
    const dir = tmp();
    for (const f of seeds.slice(0, 3)) copyFileSync(join("data/articles", f), join(dir, f));
    const cache = join(tmp(), "cache");
    const [warm, cold] = [tmp(), tmp()];
    expect(dossier("extract", dir, "--out", warm, "--cache", cache, "--quiet").status).toBe(0);
    copyFileSync(join("data/articles", seeds[3]!), join(dir, "zz-added.txt"));
    writeFileSync(join(dir, "sources.csv"), "file,title,outlet,url,published,byline,language\nzz-added.txt,,Added Daily,,2024-11-20,,en\n");
    const r = dossier("extract", dir, "--out", warm, "--cache", cache, "--format", "both");
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/dossier: 4 articles → .* \(articles 4, actors \d+, mentions \d+/);
    expect(dossier("extract", dir, "--out", cold, "--format", "both", "--quiet").status).toBe(0);
    for (const t of TABLE_NAMES) {
      expect(readFileSync(join(warm, `${t}.json`)).equals(readFileSync(join(cold, `${t}.json`))), t).toBe(true);
      expect(readFileSync(join(warm, `${t}.parquet`)).equals(readFileSync(join(cold, `${t}.parquet`))), t).toBe(true);
    }
  });
});
