import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// "In a speech, the Norland president criticised Estovia and called for talks": past a fronted
// adjunct, the clause's subject is the coordinated predicate's, not the first verb's object.
// Sentences written for these tests.

describe("a coordinated predicate after a fronted adjunct", () => {
  it("shares the clause's subject", () => {
    expect(triples("In a speech, the {Norland} president criticised {Estovia} and called for talks.")).toEqual([
      ["ACCUSE", "norland", "estovia"],
      ["REQUEST", "norland", null],
    ]);
  });
});
