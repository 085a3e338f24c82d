import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// A promise or offer of a domestic policy step (a law, a budget, one's own parliament) has no
// counterpart: the gold guide leaves such steps out. Sentences written for these tests.

describe("a domestic policy step promised", () => {
  it("is no event", () => {
    expect(triples("{Ivo Tamm/person} once pledged to set up a Velish parliament if the {Green Party/organization} won the next election.")).toEqual([]);
    expect(triples("The {Velo Senate/organization} on Wednesday agreed to shelve a bill linking the sale of the state miner to a vote.")).toEqual([]);
    expect(triples("{Norland} also offers to refinance up to 50 percent of the debt held by state banks.")).toEqual([]);
  });

  it("while a step towards another state stays an offer", () => {
    expect(triples("{Norland} pledged to cut tariffs on {Estovia}n goods.")).toEqual([["AGREE", "norland", "estovia"]]);
    expect(triples("{Norland} agreed to cut its debt to {Estovia}.")).toEqual([["AGREE", "norland", "estovia"]]);
  });
});
