import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// "criticised the Norland embargo …, and called on …": a name modifying a noun inside the object
// is no subject of a predicate coordinated after it. Sentences written for these tests.

describe("a name modifying the object's noun", () => {
  it("is no subject of the coordinated predicate", () => {
    expect(triples("The envoy criticised the {Norland} embargo against {Estovia}, and called on {Estovia} to free prisoners.")).toEqual([]);
  });

  it("a coordinated subject with a determiner still is one", () => {
    expect(triples("{Sudovia} and the {Norland} government met and agreed to cooperate.")).toEqual([
      ["CONSULT", "sudovia", "norland"],
      ["AGREE", "sudovia", "norland"],
    ]);
  });
});
