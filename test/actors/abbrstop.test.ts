import { describe, expect, it } from "vitest";
import { STATE_ABBREVIATIONS } from "../../loaders/actors/lexicon/abbreviations.js";
import { run } from "./helpers.js";

// Sentences written for these tests (not taken from the seed articles or the dev corpora).
describe("an abbreviation's full stop is part of the name it ends", () => {
  it("keeps it after a company suffix and a state's short form where the sentence goes on", () => {
    const text = "Cobbleford Inc., a maker of pumps, said it would hire 40 workers at its plant in Marlow, Ky., next spring.";
    const r = run(text);
    const surfaces = r.mentions.map((m) => text.slice(m.start, m.end));
    expect(surfaces).toContain("Cobbleford Inc.");
    expect(surfaces).toContain("Ky.");
    const other = "Analysts at Pellworth Bros. said the bid was too low.";
    expect(run(other).mentions.map((m) => other.slice(m.start, m.end))).toContain("Pellworth Bros.");
  });

  it("leaves a stop that also ends the sentence to the sentence, as CoNLL does", () => {
    const text = "The new plant will be built near Marlow, Ky. Work starts in May.";
    const r = run(text);
    expect(r.mentions.map((m) => text.slice(m.start, m.end))).toContain("Ky");
  });

  it("takes the AP's state abbreviations from a package, without their stop", () => {
    expect(STATE_ABBREVIATIONS.has("Calif")).toBe(true);
    expect(STATE_ABBREVIATIONS.has("Tenn")).toBe(true);
    expect(STATE_ABBREVIATIONS.has("Ohio")).toBe(false);
  });
});
