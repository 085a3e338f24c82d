import { readdirSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanArticle, PARAGRAPH_BREAK } from "../../loaders/clean/index.js";
import { ingestFile, type RawArticle } from "../../loaders/ingest/index.js";
import { expectGolden } from "../util/golden.js";

const FIXTURES = "test/fixtures/clean";
const files = readdirSync(FIXTURES).filter((f) => /\.(txt|md|html?)$/.test(f)).sort();

describe("cleanArticle on fixture articles (golden)", () => {
  for (const file of files) {
    it(file, () => {
      const raw = ingestFile(join(FIXTURES, file), null);
      const clean = cleanArticle(raw);
      const { outlet, published, url } = raw.meta ?? { outlet: null, published: null, url: null };
      expectGolden(join(FIXTURES, "output", `${file}.json`), {
        title: clean.title,
        byline: clean.byline,
        outlet,
        published,
        url,
        paragraphs: clean.text.split(PARAGRAPH_BREAK),
        boilerplate: clean.boilerplate,
      });
    });
  }

  it("loses no line: each line of the decoded article is kept or listed as boilerplate", () => {
    for (const file of files) {
      const raw = ingestFile(join(FIXTURES, file), null);
      const clean = cleanArticle(raw);
      const kept = new Set(clean.text.split(PARAGRAPH_BREAK));
      const dropped = new Set(clean.boilerplate);
      for (const line of raw.content.split("\n").map((l) => l.trim()).filter(Boolean))
        expect(kept.has(line) || dropped.has(line) || clean.text.includes(line), `${file}: ${line}`).toBe(true);
    }
  });
});

describe("cleanArticle properties", () => {
  const article = (content: string): RawArticle => ({ id: "p", file: "p.txt", sha256: "", format: "txt", content, meta: null });
  const line = fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.constantFrom("Share this article", "By Jo Smith", "6 hours ago", "© 2024", "", " ", "\u00a0", "Read more: a thing"),
    fc.lorem({ maxCount: 40, mode: "sentences" }),
  );

  it("never throws; text has LF line ends, no blank-line runs, and only characters of the input", () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), fc.constantFrom("\n", "\r\n", "\r", "\n\n"), (lines, sep) => {
        const content = lines.join(sep);
        const out = cleanArticle(article(content));
        expect(out.text).not.toMatch(/\r|\n\n\n/);
        // Each kept paragraph is a line of the input, or hard-wrapped lines joined by a space.
        const normalised = content.replace(/\r\n?/g, "\n");
        for (const p of out.text.split(PARAGRAPH_BREAK).filter(Boolean))
          for (const part of p.split(" ").filter(Boolean)) expect(normalised.includes(part)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
