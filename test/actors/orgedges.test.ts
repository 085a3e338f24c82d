import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

// Sentences written for these tests (not taken from the seed articles or the dev corpora).
const spans = (text: string) => run(text).mentions.map((m) => text.slice(m.start, m.end));

describe("a company's name opening a sentence on a common word", () => {
  it("keeps that word when the article uses it as a name elsewhere", () => {
    const text = "Unified Freightlines Inc. reported a 77% drop in third-quarter net income. Unified Freightlines plans to cut jobs.";
    expect(spans(text)).toEqual(["Unified Freightlines Inc.", "Unified Freightlines"]);
  });

  it("leaves out a word that only opens the sentence", () => {
    expect(spans("Under Freightlines Inc. rules, drivers rest for ten hours.")).toEqual(["Freightlines Inc."]);
  });
});
