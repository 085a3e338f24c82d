import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// Faulting "the handling of" a matter blames whoever handled it, not the parties named inside the
// matter. Sentences written for these tests.

describe("an accusation of how a matter was handled", () => {
  it("does not blame the matter's parties", () => {
    expect(triples("{Norland} condemned the handling of the talks between {Ivo Tamm/person} and his cousins.")).toEqual([["ACCUSE", "norland", null]]);
    expect(triples("{Norland} renewed its criticism of the timing of talks between {Ivo Tamm/person} and the unions.")).toEqual([["ACCUSE", "norland", null]]);
  });

  it("while a possessor still names who handled it", () => {
    expect(triples("{Norland} condemned {Estovia}'s handling of the crisis.")).toEqual([["ACCUSE", "norland", "estovia"]]);
  });
});
