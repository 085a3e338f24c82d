import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { lineKeysOf } from "../../loaders/clean/repeated.js";
import { planFolder } from "../../loaders/plan/folder.js";
import { hashLines } from "../../loaders/plan/linehash.js";
import { PackStore } from "../../loaders/store/pack.js";
import { scratchDir } from "../scratch.js";

// An article added to an outlet changes the outlet's repeated lines, which are
// recounted over its members' line hashes (the build's `d:` records): the
// plan reads the newcomer's file, not every other member's again.

const reads: string[] = [];
vi.mock("../../loaders/ingest/index.js", async (original) => {
  const m = await original<typeof import("../../loaders/ingest/index.js")>();
  return { ...m, readArticleFile: (...args: Parameters<typeof m.readArticleFile>) => (reads.push(args[0]), m.readArticleFile(...args)) };
});

const HEADER = "file,title,outlet,url,published,byline,language";
const FOOTER = "Support the Vellmoor Gazette today.";
const BRIDGES = ["north", "river", "old", "rail"];

/** Articles from..n of the outlet, and the sources of all n. */
function write(dir: string, n: number, from = 1): void {
  for (let i = from; i <= n; i++) writeFileSync(join(dir, `a${i}.txt`), `Mayor Ilsa Korvenek opened the ${BRIDGES[i - 1]} bridge in Dravosk on Monday.\n\n${FOOTER}\n`);
  writeFileSync(join(dir, "sources.csv"), [HEADER, ...Array.from({ length: n }, (_, i) => `a${i + 1}.txt,,Vellmoor Gazette,,2024-03-0${i + 1},,en`)].join("\n") + "\n");
}

describe("an outlet's repeated lines after an article is added to it", () => {
  it("are recounted over the members' line hashes, reading only the new file", async () => {
    const root = scratchDir("dossier-outlet-");
    const dir = join(root, "corpus");
    mkdirSync(dir);
    write(dir, 3);
    const store = new PackStore(join(root, "plan"));
    const first = await planFolder(dir, store, -1);
    store.flush();
    // What the build's d: records hold for the articles it has read.
    const lines = new Map<string, string>();
    for (const a of first.articles) lines.set(a.baseKey, hashLines(lineKeysOf(await first.raw(a))));
    write(dir, 4, 4);
    reads.length = 0;
    const warm = await planFolder(dir, store, -1, (k) => lines.get(k));
    expect(reads).toEqual([join(dir, "a4.txt")]);
    expect(warm.recounted).toBe(1);
    const cold = await planFolder(dir);
    expect(warm.repeated).toEqual(cold.repeated);
    expect(warm.repeated.get("Vellmoor Gazette")).toHaveLength(1);
  });
});
