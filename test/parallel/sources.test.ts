import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readSources } from "../../loaders/ingest/list.js";
import { loadSources, readSourcesCached, storeSources, type SourcesState } from "../../loaders/plan/sources.js";

// sources.csv parsed from the rows of an earlier run plus what was appended must
// read exactly as the whole file parsed cold: same rows, same warnings, same
// error. Random files from awkward pieces (quoted commas and newlines, missing
// and extra cells, duplicates, a BOM, no final newline, a broken quote), then
// random appends and edits, each read warm with the state of the read before.

const HEADER = "file,title,outlet,url,published,byline,language\n";
const CELLS = ["a.txt", "b.txt", "", "Reuters", '"Kyiv, Post"', '"two\nlines"', "2024-01-01", '""', "en", '"say ""hi"""'];
const row = fc.array(fc.constantFrom(...CELLS), { minLength: 1, maxLength: 9 }).map((cells) => `${cells.join(",")}\n`);
const piece = fc.oneof({ weight: 8, arbitrary: row }, { weight: 1, arbitrary: fc.constantFrom("\n", 'bad"quote,x\n', '"open quote\n', "c.txt,no newline", "\ufeffd.txt,BOM inside\n") });

type Op = { kind: "append"; text: string } | { kind: "rewrite"; text: string } | { kind: "bom" } | { kind: "edit"; at: number; char: string };
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: fc.array(piece, { maxLength: 3 }).map((p) => ({ kind: "append" as const, text: p.join("") })) },
  { weight: 2, arbitrary: fc.array(piece, { maxLength: 5 }).map((p) => ({ kind: "rewrite" as const, text: HEADER + p.join("") })) },
  { weight: 1, arbitrary: fc.constant({ kind: "bom" as const }) },
  // One character changed in place: same length, same line ends, different rows.
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("edit" as const), at: fc.nat(), char: fc.constantFrom("x", ",", '"') }) },
);

function applied(text: string, o: Op): string {
  if (o.kind === "append") return text + o.text;
  if (o.kind === "rewrite") return o.text;
  if (o.kind === "bom") return `\ufeff${text.replace(/^\ufeff/, "")}`;
  const at = o.at % text.length;
  return text[at] === "\n" ? text : text.slice(0, at) + o.char + text.slice(at + 1);
}

describe("sources.csv read from the last run's rows and what was appended", () => {
  it("reads as the whole file read cold, after any sequence of edits", () => {
    let reused = 0;
    fc.assert(
      fc.property(fc.array(row, { maxLength: 4 }), fc.array(op, { minLength: 1, maxLength: 10 }), (first, ops) => {
        const dir = mkdtempSync(join(tmpdir(), "dossier-sources-"));
        let text = HEADER + first.join("");
        let state: SourcesState | undefined;
        for (const o of [{ kind: "append", text: "" } as Op, ...ops]) {
          text = applied(text, o);
          writeFileSync(join(dir, "sources.csv"), text);
          const warm = readSourcesCached(dir, state);
          const cold = readSources(dir);
          expect(warm.problems).toEqual(cold.problems);
          expect(warm.meta).toEqual(cold.meta);
          if (warm.reused) reused++;
          // As the manifest keeps it: stored, written as JSON and loaded by the next run.
          state = warm.state && loadSources(JSON.parse(JSON.stringify(storeSources(warm.state))));
        }
      }),
      { numRuns: 300 },
    );
    // Most appends reuse the earlier rows rather than parsing the file again.
    expect(reused).toBeGreaterThan(300);
  });

  it("a sources.csv that only grew parses only the new rows", () => {
    const dir = mkdtempSync(join(tmpdir(), "dossier-sources-"));
    writeFileSync(join(dir, "sources.csv"), `${HEADER}a.txt,"A, title",Reuters,,2024-01-01,,en\n`);
    const first = readSourcesCached(dir, undefined);
    writeFileSync(join(dir, "sources.csv"), `${HEADER}a.txt,"A, title",Reuters,,2024-01-01,,en\nb.txt,,Kyiv Post,,2024-01-02,,en\n`);
    const second = readSourcesCached(dir, first.state);
    expect(second.reused).toBe(true);
    expect(second.state!.records[0]).toBe(first.state!.records[0]);
    expect([...second.meta.keys()]).toEqual(["a.txt", "b.txt"]);
    expect(second.meta.get("b.txt")).toMatchObject({ outlet: "Kyiv Post", published: "2024-01-02" });
    // An edit before the end: parsed again from the start.
    writeFileSync(join(dir, "sources.csv"), `${HEADER}a.txt,,Reuters,,2024-01-01,,en\nb.txt,,Kyiv Post,,2024-01-02,,en\n`);
    const third = readSourcesCached(dir, second.state);
    expect(third.reused).toBe(false);
    expect(third.meta.get("a.txt")!.title).toBeNull();
  });
});
