import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// Agreeing to buy, acquire or merge with a named firm is a takeover, business and no agreement
// between political actors. Sentences written for these tests.

describe("a takeover agreed", () => {
  it("is no agreement", () => {
    expect(triples("Game maker {Pixelforge/organization} agreed on Tuesday to buy rival studio {Nightjar/organization} for 800 million dollars.")).toEqual([]);
    expect(triples("{Orbis Telecom/organization} agreed to merge with {Calder Mobile/organization}.")).toEqual([]);
  });

  it("while a state's purchase from another stays one", () => {
    expect(triples("{Norland} agreed to buy {Estovia}n wheat.")).toEqual([["AGREE", "norland", "estovia"]]);
    expect(triples("{Norland} agreed to buy gas from {Estovia} for ten years.")).toEqual([["AGREE", "norland", "estovia"]]);
  });
});
