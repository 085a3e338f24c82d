import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "vitest";
import { extractDates } from "../../loaders/dates/index.js";
import { extractFigures } from "../../loaders/figures/index.js";
import { extractQuotes } from "../../loaders/quotes/index.js";
import { splitSentences } from "../../loaders/text/sentences.js";
import type { Doc } from "../../loaders/types.js";
import { expectGolden } from "../util/golden.js";

// Two invented articles (test/fixtures/figures/*.txt) through the three stages;
// the tables are kept as golden files beside each stage's fixtures.
const FIXTURES = join(import.meta.dirname, "..", "fixtures");
const ARTICLES: [string, string][] = [["harbour-strike", "2025-10-08"], ["river-flood", "2024-05-18"]];

describe("figures, quotes and dates on fixture articles", () => {
  for (const [name, published] of ARTICLES) {
    const text = readFileSync(join(FIXTURES, "figures", `${name}.txt`), "utf8");
    const doc: Doc = { id: name, text, published, sentences: splitSentences(text) };
    it(`${name}: figures`, () => expectGolden(join(FIXTURES, "figures", `${name}.figures.json`), extractFigures(doc, [], new Map())));
    it(`${name}: quotes`, () => expectGolden(join(FIXTURES, "quotes", `${name}.quotes.json`), extractQuotes(doc, [], new Map())));
    it(`${name}: dates`, () => expectGolden(join(FIXTURES, "dates", `${name}.dates.json`), extractDates(doc)));
  }
});
