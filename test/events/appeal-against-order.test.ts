import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// An appeal against one's extradition, deportation or charges is a legal appeal to a court, not
// a request to the state named after it. Sentences written for these tests.

describe("an appeal against an extradition or charges", () => {
  it("asks no actor", () => {
    expect(triples("A judge ruled that {Ivo Tamm/person} can appeal against his extradition to {Norland}.")).toEqual([]);
    expect(triples("{Ivo Tamm/person} lodged an appeal against the charges brought by {Norland}.")).toEqual([]);
  });

  it("while an appeal to a state stays a request", () => {
    expect(triples("{Norland} made an urgent appeal to {Estovia} for calm.")).toEqual([["REQUEST", "norland", "estovia"]]);
  });
});
