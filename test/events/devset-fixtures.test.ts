import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadDevSet } from "../../bench/devset/fixtures.js";

// Every fixture of the events/quotes dev set points into ../shared/dev-corpora by
// document and offsets, with a hash of the text it meant: a change to the
// detokeniser or the corpus must fail here, not skew the benchmark. Without the
// corpora (a clone outside the workspace) there is nothing to resolve.
describe.skipIf(!existsSync("../shared/dev-corpora"))("dev set fixtures", () => {
  it("resolve, every one, to the text their hash was taken from", () => {
    const { sentences, quotes, docs } = loadDevSet();
    expect(sentences.length).toBeGreaterThan(600);
    expect(quotes.length).toBeGreaterThan(450);
    for (const s of sentences) expect(docs.get(s.doc)!.text.slice(s.start, s.end).trim().length).toBeGreaterThan(0);
  }, 60_000);
});
