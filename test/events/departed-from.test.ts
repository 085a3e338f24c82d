import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// The place a traveller left is no agent of the act he left for. Sentences written for these tests.

describe("a name after a verb of departure", () => {
  it("is no agent of a noun act after it", () => {
    expect(triples("Envoy {Karl Mender/person} left {Estovia} on Sunday for talks with {Sudovian} ministers.")).toEqual([
      ["CONSULT", "karl-mender", "sudovian"],
    ]);
    expect(triples("King {Ivo/person} left {Norland} at dawn for a state visit to {Estovia}.")).toEqual([["CONSULT", "ivo", "estovia"]]);
  });

  it("while a state opening its own clause still acts", () => {
    expect(triples("{Norland} said {Estovia} would hold talks with {Sudovia}.")).toEqual([["AGREE", "estovia", "sudovia"]]);
  });
});
