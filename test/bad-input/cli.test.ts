import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TABLE_NAMES } from "../../loaders/types.js";
import { corpus, FILLER, GOOD_IDS, GOOD_SOURCES, SOURCES_HEADER } from "./helpers.js";
import { scratchDir } from "../scratch.js";

// The same bad files through the real command, all in one folder (a spawn
// costs seconds): exit status, one stderr line per problem, tables written.

const dossier = (...args: string[]) => spawnSync(process.execPath, ["bin/dossier.js", ...args], { encoding: "utf8" });
const out = () => scratchDir("dossier-bad-out-");

describe("dossier extract on hostile folders", () => {
  it("many unreadable files: exit 1, one line each, the readable articles all written", () => {
    const dir = corpus({
      "empty.txt": "",
      "photo.txt": Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]),
      "latin1.txt": Buffer.concat([Buffer.from("Caf"), Buffer.from([0xe9]), Buffer.from(" au lait.")]),
      "utf16.txt": Buffer.from(FILLER, "utf16le"),
      "deep.html": `<html><body>${"<div>".repeat(1000)}<p>${FILLER}</p></body></html>`,
      "hollow.md": "---\ntitle: x\n---\n",
      "exec.md": `---js\n{ title: (() => { process.exit(42) })() }\n---\n\n# Report\n\n${FILLER}\n`,
      "my story.txt": `Committee report\n\n${FILLER}`,
      "sources.csv": [SOURCES_HEADER, ...GOOD_SOURCES, '"my story.txt",,,,2024-02-30,,en', "exec.md,,,,2024-11-20,,en", "../outside.txt,,,,,,"].join("\n"),
    });
    const dest = out();
    const r = dossier("extract", dir, "--out", dest, "--jobs", "1");
    expect(r.status, r.stderr).toBe(1);
    const stderr = r.stderr.split("\n").filter((l) => l && !l.startsWith("dossier:"));
    expect(stderr.sort()).toEqual([
      `${dir}/deep.html: error: page nests elements more than 200 levels deep; save the article as text`,
      `${dir}/empty.txt: error: file is empty`,
      `${dir}/hollow.md: error: no article text (only front matter or Markdown markup)`,
      `${dir}/latin1.txt: error: not valid UTF-8 text (invalid byte at offset 3)`,
      `${dir}/photo.txt: error: binary data, not text (NUL byte at offset 4)`,
      `${dir}/sources.csv: warning: row for "../outside.txt" names no article file`,
      `${dir}/utf16.txt: error: looks like UTF-16 text without a byte-order mark (NUL byte at offset 1); save it as UTF-8`,
      "exec.md: warning: front matter ignored (only YAML or JSON front matter is read)",
      'my story.txt: warning: published "2024-02-30" is not a calendar date; left null',
      "my story.txt: warning: no publication date; relative dates are left unresolved",
    ].sort());
    expect(readdirSync(dest).sort()).toEqual(TABLE_NAMES.map((t) => `${t}.json`).sort());
    const ids = JSON.parse(readFileSync(join(dest, "articles.json"), "utf8")).map((a: { id: string }) => a.id).sort();
    expect(ids).toEqual([...GOOD_IDS, "exec", "my story"].sort());
    expect(readdirSync(dest).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  }, 60_000);

  it("warnings only: exit 0", () => {
    const dir = corpus({ "story.txt": `Committee report\n\n${FILLER}` });
    const r = dossier("extract", dir, "--out", out(), "--jobs", "1");
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr.split("\n").filter((l) => l.includes(": warning: "))).toEqual(["story.txt: warning: no publication date; relative dates are left unresolved"]);
  }, 60_000);
});
