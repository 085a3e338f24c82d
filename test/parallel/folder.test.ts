import { mkdirSync, readdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lineKey } from "../../loaders/clean/repeated.js";
import { hashLines, lineHash } from "../../loaders/plan/linehash.js";
import { planFolder } from "../../loaders/plan/folder.js";
import { PackStore } from "../../loaders/store/pack.js";
import { scratchDir } from "../scratch.js";

// The plan's records keep each outlet's repeated lines while its members are
// unchanged, and trust an unchanged file's signature: after any change, a warm
// plan must give the lines a cold plan counts over every article. Random
// corpora from a small pool of lines (so lines repeat within and across
// outlets), then random adds, edits, removals, outlet moves and touches, each
// followed by a warm plan compared with a cold one.

const POOL = [
  "Subscribe to our newsletter",
  "The ministers met in Vienna on Tuesday.",
  "Officials said 3 people were hurt.",
  "Officials said 12 people were hurt.",
  "Read more: Latest news",
  "“We will not stop,” he said.",
  '"We will not stop," he said.',
  "Donate now",
  "The talks ended late in the evening.",
  "x",
  "Share this article",
];
const OUTLETS = ["Reuters", "Kyiv Post", ""];

type Op =
  | { kind: "add" | "edit"; file: number; lines: number[]; outlet: number }
  | { kind: "remove" | "touch"; file: number }
  | { kind: "move"; file: number; outlet: number };

const lines = fc.array(fc.nat(POOL.length - 1), { minLength: 1, maxLength: 6 });
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constantFrom("add" as const, "edit" as const), file: fc.nat(11), lines, outlet: fc.nat(OUTLETS.length - 1) }),
  fc.record({ kind: fc.constantFrom("remove" as const, "touch" as const), file: fc.nat(11) }),
  fc.record({ kind: fc.constant("move" as const), file: fc.nat(11), outlet: fc.nat(OUTLETS.length - 1) }),
);

function apply(dir: string, files: Map<string, { lines: number[]; outlet: number }>, o: Op): void {
  const name = `a${String(o.file).padStart(2, "0")}.txt`;
  const path = join(dir, name);
  if (o.kind === "add" || o.kind === "edit") files.set(name, { lines: o.lines, outlet: o.outlet });
  else if (o.kind === "remove") files.delete(name);
  else if (o.kind === "move" && files.has(name)) files.get(name)!.outlet = o.outlet;
  for (const f of readdirSync(dir)) if (f.endsWith(".txt") && !files.has(f)) rmSync(join(dir, f));
  if (o.kind === "add" || o.kind === "edit") writeFileSync(path, files.get(name)!.lines.map((i) => POOL[i]).join("\n\n") + "\n");
  if (o.kind === "touch" && files.has(name)) utimesSync(path, new Date(), new Date());
  writeFileSync(join(dir, "sources.csv"), ["file,title,outlet,url,published,byline,language",
    ...[...files].sort().map(([f, v]) => `${f},,${OUTLETS[v.outlet]},,2024-01-01,,en`)].join("\n") + "\n");
}

describe("repeated lines from the plan's records", () => {
  it("are the lines a cold plan counts, after any sequence of changes", async () => {
    let kept = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 12 }), async (ops) => {
        const root = scratchDir("dossier-manifest-");
        const dir = join(root, "corpus");
        const cache = join(root, "cache");
        const files = new Map<string, { lines: number[]; outlet: number }>();
        try {
          mkdirSync(dir);
          for (const o of [{ kind: "add", file: 0, lines: [0, 1], outlet: 0 } as Op, ...ops]) {
            apply(dir, files, o);
            // Signatures trusted at once (no second's wait between changes): every file the op did not change is unread.
            const store = new PackStore(cache);
            const warm = await planFolder(dir, store, -1);
            store.flush();
            const cold = await planFolder(dir);
            expect(warm.repeated).toEqual(cold.repeated);
            kept += warm.repeated.size - warm.recounted!;
          }
        } finally {
          rmSync(root, { recursive: true, force: true });
        }
      }),
      { numRuns: 60 },
    );
    // Outlets kept from the store are the common case, not a rare path: a floor far under
    // the mean, so random runs never miss it.
    expect(kept).toBeGreaterThan(20);
  }, 120_000);

  it("hashes one key the same way every time, and distinct keys apart", () => {
    expect(lineHash("subscribe to our newsletter")).toBe(lineHash("subscribe to our newsletter"));
    expect(lineHash("subscribe to our newsletter")).toHaveLength(12);
    const keys = [...new Set(POOL.map(lineKey))];
    const many = Array.from({ length: 50_000 }, (_, i) => `line ${i} of the corpus`);
    expect(new Set(many.map(lineHash)).size).toBe(many.length);
    expect(hashLines([...keys, ...keys])).toHaveLength(12 * keys.length);
  });
});
