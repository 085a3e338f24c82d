import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// Relief delivered to people or families of one's own, named by no name, is a domestic step.
// Sentences written for these tests.

describe("relief delivered to unnamed people", () => {
  it("is no aid between actors", () => {
    expect(triples("{Norland}'s soldiers delivered blankets and hot drinks to people trapped in their cars.")).toEqual([]);
    expect(triples("The army of {Norland} sent food to stranded motorists overnight.")).toEqual([]);
  });

  it("while relief to people in another state stays aid", () => {
    expect(triples("{Norland} sent food to people in {Estovia}.")).toEqual([["AID", "norland", "estovia"]]);
  });
});
