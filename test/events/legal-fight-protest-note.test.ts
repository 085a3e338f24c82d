import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// "fighting in the courts" is a legal contest, no force; "sent a protest to X" is a diplomatic
// protest, not goods sent. Sentences written for these tests.

describe("a fight in the courts", () => {
  it("is no armed fighting", () => {
    expect(triples("A farmer in {Norland}, helped by a {Free Foundation/organization} lawyer, is fighting in the courts over his land.")).toEqual([]);
    expect(triples("The former minister of {Norland} fought extradition to {Estovia} for a year.")).toEqual([]);
  });

  it("while troops fighting still are", () => {
    expect(triples("{Norland} fought {Estovia} in the hills.")).toEqual([["ASSAULT", "norland", "estovia"]]);
  });
});

describe("a protest sent", () => {
  it("is a diplomatic protest", () => {
    expect(triples("{Norland} sent a formal protest note to {Estovia} over the arrests.")).toEqual([["ACCUSE", "norland", "estovia"]]);
  });

  it("while troops sent are still aid", () => {
    expect(triples("{Norland} sent troops to {Estovia}.")).toEqual([["AID", "norland", "estovia"]]);
  });
});
