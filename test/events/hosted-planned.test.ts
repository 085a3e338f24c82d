import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// A noun that is the object of a verb trigger shares that verb's plan cue: "will host talks
// between X and Y" are planned talks (AGREE, as the guide codes future meetings). Sentences
// written for these tests.

describe("a meeting noun as a planned verb's object", () => {
  it("is planned", () => {
    expect(triples("{Norland} will host talks between {Estovia} and {Sudovia}.")).toEqual([["AGREE", "estovia", "sudovia"]]);
  });

  it("while hosted talks were held", () => {
    expect(triples("{Norland} hosted talks between {Estovia} and {Sudovia}.")).toEqual([["CONSULT", "estovia", "sudovia"]]);
  });
});
