import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

// Sentences written for these tests (not taken from the seed articles or the dev corpora).
const named = (text: string, from: number) => {
  const r = run(text);
  return r.mentions.filter((m) => m.start >= from).map((m) => `${text.slice(m.start, m.end)}|${r.actors.find((a) => a.id === m.actor)?.kind}`);
};

describe("two names joined by a hyphen", () => {
  it("are the two names when the article names each alone and the pair modifies a noun", () => {
    const text = "Ana Hale and Tom Marsh ran together. The Hale-Marsh administration won the vote.";
    expect(named(text, text.indexOf("The Hale"))).toEqual(["Hale|person", "Marsh|person"]);
  });

  it("stay one word when the pair stands as a noun of its own", () => {
    const text = "Ana Hale and Tom Marsh ran together. Two lists -- Hale-Marsh and a group of local firms -- were filed.";
    expect(named(text, text.indexOf("Two lists"))).not.toContain("Hale|person");
  });
});
