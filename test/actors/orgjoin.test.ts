import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

// Sentences written for these tests (not taken from the seed articles or the dev corpora).
const named = (text: string) => {
  const r = run(text);
  return r.mentions.map((m) => `${text.slice(m.start, m.end)}|${r.actors.find((a) => a.id === m.actor)?.kind}`);
};

describe("a company named across an ampersand", () => {
  it("is one organisation, whatever the tagger made of each partner's name", () => {
    expect(named("Family-controlled Gordon & Pell, which had revenue of $561 million, said on Friday it would be sold.")).toEqual(["Gordon & Pell|organization"]);
    expect(named("said Lena Marsh, an analyst at Walter P. Hurst & Co in Denver.")).toContain("Walter P. Hurst & Co|organization");
  });
});

describe("a founder's possessive in a company's name", () => {
  it("stays in the name and in its short form", () => {
    const text = "Carver's Bancshares Inc. said it would buy the bank. The deal makes Carver's the biggest lender in the state.";
    expect(named(text)).toEqual(["Carver's Bancshares Inc.|organization", "Carver's|organization"]);
  });

  it("is not a country's possessive before a company", () => {
    expect(named("Japan's Tomoda Motors Corp. said on Monday its profit rose.")).toEqual(["Japan|country", "Tomoda Motors Corp.|organization"]);
  });
});
