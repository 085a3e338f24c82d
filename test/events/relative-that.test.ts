import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// A relative "that" after a noun makes that noun the doer; a document's terms stay its signer's.
// Sentences written for these tests.
describe("a relative 'that' after a noun", () => {
  it("the thing's act is not the sentence subject's", () => {
    expect(triples("Police in {Norland} detained ten men suspected of dumping waste that killed 12 villagers, the agency said.").map((r) => r[0])).toEqual(["COERCE"]);
  });

  it("a document's terms are its signer's acts", () => {
    expect(triples("{S:Norland} signed a treaty that promised loans to {T:Estovia}.").map((r) => r.slice(1))).toContainEqual(["norland", "estovia"]);
  });
});
