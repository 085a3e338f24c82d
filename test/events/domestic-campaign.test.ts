import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// A promise to continue one's policies or fight crime at home has no counterpart; two states
// agreeing to fight it together do. Sentences written for these tests.

describe("a promise of a campaign at home", () => {
  it("is no event", () => {
    expect(triples("{Ivo Tamm/person} won the election and promised to continue the policies of her predecessor.")).toEqual([]);
    expect(triples("{Norland}'s new president vowed to fight corruption.")).toEqual([]);
  });

  it("while an agreement to fight it together stays one", () => {
    expect(triples("{Norland} agreed with {Estovia} to fight corruption.").map((r) => r[0])).toEqual(["AGREE"]);
  });
});
