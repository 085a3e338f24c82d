import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadNameSet, NAME_SETS, NAME_TYPES, selectedFiles, TBAQ1, TBAQ2, textHash } from "../../bench/devset/names-tbaq.js";
import { readTimeML } from "../../bench/tbaq.js";
import { scratchDir } from "../scratch.js";

// The names test set points into ../shared by offsets and a hash. These pin that
// a fixture which no longer fits its text fails to load, on an article written
// for the test; then that the real fixture loads and covers exactly the
// documents its rule picks.

const dir = scratchDir("names-tbaq-");
const xml = `<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1999-05-07">05/07/1999</TIMEX3></DCT><TEXT>
Mayor Ana Riverton of Eastport met <TIMEX3 tid="t1" type="DATE" value="1999-05-06">Thursday</TIMEX3> with Acme Corp. officials.
</TEXT></TimeML>`;
mkdirSync(join(dir, "TimeBank"));
writeFileSync(join(dir, "TimeBank", "T1.tml"), xml);
const text = readTimeML(xml, "T1", "TimeBank").text;
const at = (s: string) => [text.indexOf(s), text.indexOf(s) + s.length];
const fixture = (names: unknown[], hash = textHash(text)) => {
  const path = join(dir, `f${Math.random().toString(36).slice(2)}.jsonl`);
  writeFileSync(path, `${JSON.stringify({ corpus: "tempeval3-tbaq", file: "TimeBank/T1.tml", hash, names })}\n`);
  return path;
};

describe("names test set: the loader", () => {
  it("loads a fixture that fits its text", () => {
    const docs = loadNameSet(fixture([[...at("Ana Riverton"), "PER"], [...at("Eastport"), "LOC"], [...at("Acme Corp."), "ORG"]]), dir);
    expect(docs[0]!.names.map((n) => docs[0]!.text.slice(n.start, n.end))).toEqual(["Ana Riverton", "Eastport", "Acme Corp."]);
  });

  it("fails when the text no longer matches the hash", () => {
    expect(() => loadNameSet(fixture([], "0000000000"), dir)).toThrow(/hash/);
  });

  it("fails on a span cutting a word, on space at an edge, out of range, overlapping, or of an unknown type", () => {
    const [a, b] = at("Riverton");
    expect(() => loadNameSet(fixture([[a! + 1, b, "PER"]]), dir)).toThrow(/word boundaries/);
    expect(() => loadNameSet(fixture([[a! - 1, b, "PER"]]), dir)).toThrow(/space or punctuation/);
    expect(() => loadNameSet(fixture([[a, text.length + 5, "PER"]]), dir)).toThrow(/outside/);
    expect(() => loadNameSet(fixture([[a, b, "PER"], [a, b, "PER"]]), dir)).toThrow(/overlaps/);
    expect(() => loadNameSet(fixture([[a, b, "PERSON"]]), dir)).toThrow(/unknown type/);
  });
});

describe.skipIf(!existsSync("../shared/dev-corpora/tempeval3-tbaq"))("names test sets: the fixtures", () => {
  it.each(NAME_SETS.map((s) => [s.name, s] as const))("%s resolves, every document, and covers exactly the documents of its rule", (_, set) => {
    const docs = loadNameSet(set.fixture);
    expect(docs.map((d) => d.file)).toEqual(selectedFiles(set));
    const counts = Object.fromEntries(NAME_TYPES.map((t) => [t, docs.flatMap((d) => d.names).filter((n) => n.type === t).length]));
    expect(counts.PER! + counts.ORG! + counts.LOC! + counts.MISC!).toBeGreaterThan(600);
  }, 60_000);

  it("the blind set shares no article with the first", () => {
    const first = new Set(selectedFiles(TBAQ1));
    expect(selectedFiles(TBAQ2).filter((f) => first.has(f))).toEqual([]);
  }, 60_000);
});
