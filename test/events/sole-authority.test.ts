import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// "only X could deploy them" says who has the power to act, not that anyone plans to.
// Sentences written for these tests.

describe("a statement of sole authority", () => {
  it("is no plan or pledge", () => {
    expect(triples("A court blocked the decree on Friday, saying only the {Velo Security Council/organization} could deploy troops to {Estovia}.").filter((r) => r[0] === "AGREE" || r[0] === "AID")).toEqual([]);
    expect(triples("Officials said only {Norland}'s parliament can send troops to {Estovia}.").filter((r) => r[0] === "AGREE" || r[0] === "AID")).toEqual([]);
  });

  it("while a stated plan stays one", () => {
    expect(triples("{Norland} will send troops to {Estovia} next month.").map((r) => r[0])).toEqual(["AGREE"]);
  });
});
