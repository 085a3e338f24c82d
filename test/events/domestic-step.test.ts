import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// A promise or offer of a domestic policy step (a law, a budget, one's own parliament) has no
// counterpart: the gold guide leaves such steps out. Sentences written for these tests.

describe("a domestic policy step promised", () => {
  it("is no event", () => {
    expect(triples("{Ivo Tamm/person} promised in 1994 to create a Velish assembly should the {Green Party/organization} take power.")).toEqual([]);
    expect(triples("The {Velo Senate/organization} agreed on Tuesday to shelve its fishing bill until spring.")).toEqual([]);
    expect(triples("{Norland} offered to refinance the debt of its regional banks.")).toEqual([]);
  });

  it("while a step towards another state stays an offer", () => {
    expect(triples("{Norland} pledged to cut tariffs on {Estovia}n goods.")).toEqual([["AGREE", "norland", "estovia"]]);
    expect(triples("{Norland} agreed to cut its debt to {Estovia}.")).toEqual([["AGREE", "norland", "estovia"]]);
  });
});

describe("a pledge about one's own output", () => {
  it("has no counterpart", () => {
    expect(triples("Dealers said prices fell as {Norland} pledged to keep output steady.")).toEqual([]);
  });

  it("a pledge of production for another state is an offer", () => {
    expect(triples("{Norland} pledged to cut production of arms for {Estovia}.")).toEqual([["AGREE", "norland", "estovia"]]);
  });
});
