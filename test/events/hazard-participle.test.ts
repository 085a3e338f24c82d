import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// A participle after a clause whose subject is a natural hazard or an accident ("A volcano erupted
// in X, sending ash …") is the hazard's doing: the place named in that clause did not act.
// Sentences written for these tests.

describe("a participle hanging on a hazard's clause", () => {
  it("is no act of the place", () => {
    expect(triples("A volcano erupted in southern {Iceland} on Tuesday, sending ash into the air.")).toEqual([]);
    expect(triples("A powerful storm hit northern {Norland} on Monday, sending waves over the harbour walls.")).toEqual([]);
  });

  it("while an actor's clause keeps its participle", () => {
    expect(triples("{Norland} closed its border on Tuesday, sending troops to the crossing.")).not.toEqual([]);
    expect(triples("A volcano erupted in {Iceland}, and {Norland} offered help, sending aid to {Iceland}.")).toContainEqual(["AID", "norland", "iceland"]);
  });
});
