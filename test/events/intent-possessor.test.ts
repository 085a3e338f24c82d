import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// An aim owned by a possessor ("X's bid to join Y"): X's planned act, not the clause subject's
// done one. Sentences written for these tests.

describe("a possessor's bid, attempt or effort", () => {
  it("makes the possessor the doer of the planned infinitive", () => {
    expect(triples("{Norland} blocked {S:Sudovia}'s bid to join {T:Aldea Pact/organization}.")).toEqual([["AGREE", "sudovia", "aldea-pact"]]);
  });
});
