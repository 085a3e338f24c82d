import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// "killed 100 rebels in clashes in the north": a nominal of the verb's type in its circumstance,
// with no parties of its own, retells the same fighting; the verb's object is no agent of it.
// Sentences written for these tests.

describe("a nominal retelling the verb's act in its circumstance", () => {
  it("is no act of the verb's object", () => {
    expect(triples("{Norland}'s army killed 100 {Varn Front/group} rebels in clashes in the north.")).toEqual([["ASSAULT", "norland", "varn-front"]]);
  });

  it("one that names its own parties is still read", () => {
    expect(triples("Ten people were killed in clashes between {Norland} and {Estovia} on Monday.")).toEqual([["ASSAULT", "norland", "estovia"]]);
  });
});

describe("a passive's nominal", () => {
  it("keeps the act, the verb naming no agent", () => {
    expect(triples("{Norland} says 25 rebels were killed in clashes.")).toEqual([["ASSAULT", "norland", null]]);
    expect(triples("{Norland} says 25 rebels killed in clashes.")).toEqual([["ASSAULT", "norland", null]]);
  });
});
