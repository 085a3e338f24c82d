import { describe, expect, it } from "vitest";
import { sequences } from "../../../loaders/actors/ner/tagdoc.js";
import { tokenize } from "../../../loaders/actors/tokens.js";
import { doc } from "../helpers.js";

const words = (text: string) => {
  const d = doc("w", text);
  return sequences(text, tokenize(d)).map((g) => g.words);
};

// Sentences written for these tests.
describe("the tagger's words are written as Reuters wrote them", () => {
  it("splits a contraction's clitic off, both halves pointing at the one token", () => {
    const text = "I didn't think we'll win, but I've hope.";
    expect(words(text)).toEqual([["I", "did", "n't", "think", "we", "'ll", "win", ",", "but", "I", "'ve", "hope", "."]]);
    const g = sequences(text, tokenize(doc("w", text)))[0]!;
    expect(g.first[1]).toBe(g.first[2]);
  });

  it("keeps an initial and its full stop as one word", () => {
    expect(words("Riverton 212 (J. Okafor 71, P. Lindqvist 52)")).toEqual([["Riverton", "212", "(", "J.", "Okafor", "71", ",", "P.", "Lindqvist", "52", ")"]]);
  });
});
