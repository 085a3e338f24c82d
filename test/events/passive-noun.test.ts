import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// An act noun as the subject of a passive support verb, its agent in the "by" phrase.
// Sentences written for these tests.

describe("an act noun heading a passive support verb", () => {
  it("takes the 'by' phrase as its agent and its target from after the verb", () => {
    expect(triples("Sanctions were imposed on {T:Sudovia} by {S:Norland} on Monday.")).toEqual([["SANCTION", "norland", "sudovia"]]);
    expect(triples("An attack on {T:Sudovia} was launched by {S:Norland} overnight.")).toEqual([["ASSAULT", "norland", "sudovia"]]);
  });

  it("not after a verb that only comments on the act", () => {
    expect(triples("Sanctions on {Sudovia} were criticised by {Norland} on Monday.")).not.toContainEqual(["SANCTION", "norland", "sudovia"]);
  });
});
