import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { versionOf } from "../loaders/version.js";
import { scratchDir } from "./scratch.js";

/** A small source tree: two files at the top, one in a folder. */
function tree(): { root: string; src: string; memo: string } {
  const root = scratchDir("version-memo-");
  const src = join(root, "src");
  mkdirSync(join(src, "lex"), { recursive: true });
  writeFileSync(join(src, "a.ts"), "export const a = 1;\n");
  writeFileSync(join(src, "b.ts"), "export const b = 2;\n");
  writeFileSync(join(src, "lex", "words.txt"), "varnholm\nestovia\n");
  return { root, src, memo: join(root, "cache", "version-memo.json") };
}

/** What the version was before any memo: names and contents, sorted, folder by folder. */
function plainHash(src: string): string {
  const h = createHash("sha256");
  for (const [name, p] of [["a.ts", "a.ts"], ["b.ts", "b.ts"], ["words.txt", "lex/words.txt"]]) h.update(name!).update("\0").update(readFileSync(join(src, p!)));
  return h.digest("hex").slice(0, 16);
}

describe("versionOf", () => {
  it("is the hash of the files' names and contents, with and without its memo", () => {
    const { src, memo } = tree();
    const first = versionOf(src, memo, 0);
    expect(first).toBe(plainHash(src));
    expect(JSON.parse(readFileSync(memo, "utf8")).version).toBe(first);
    expect(versionOf(src, memo, 0)).toBe(first);
  });

  it("reads the memo while the files stand as they were", () => {
    const { src, memo } = tree();
    const first = versionOf(src, memo, 0);
    const kept = JSON.parse(readFileSync(memo, "utf8"));
    writeFileSync(memo, JSON.stringify({ ...kept, version: "from-the-memo" }));
    expect(versionOf(src, memo, 0)).toBe("from-the-memo");
    expect(first).not.toBe("from-the-memo");
  });

  it("hashes again when a file is edited, even to the same size with its old modification time", () => {
    const { src, memo } = tree();
    const first = versionOf(src, memo, 0);
    const file = join(src, "lex", "words.txt");
    const { atime, mtime } = statSync(file);
    writeFileSync(file, "varnholm\nestovib\n");
    utimesSync(file, atime, mtime);
    const second = versionOf(src, memo, 0);
    expect(second).not.toBe(first);
    expect(second).toBe(plainHash(src));
  });

  it("hashes again when a file is added or removed", () => {
    const { src, memo } = tree();
    const first = versionOf(src, memo, 0);
    writeFileSync(join(src, "c.ts"), "");
    const added = versionOf(src, memo, 0);
    expect(added).not.toBe(first);
    rmSync(join(src, "c.ts"));
    expect(versionOf(src, memo, 0)).toBe(first);
  });

  it("keeps no memo while a file was just changed, and reads past a broken one", () => {
    const { src, memo } = tree();
    const v = versionOf(src, memo);
    expect(() => readFileSync(memo)).toThrow();
    mkdirSync(join(memo, ".."), { recursive: true });
    writeFileSync(memo, "{not json");
    expect(versionOf(src, memo, 0)).toBe(v);
  });
});
