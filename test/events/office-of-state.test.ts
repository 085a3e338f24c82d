import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// "King X of Norland arrived", "Queen X of Norland will pay a state visit": the guide codes the
// person when the text names who acted, the state after "of" only when no office holder is named.
// Sentences written for these tests.

describe("an office holder named with the state after 'of'", () => {
  it("is the subject", () => {
    expect(triples("King {Arvid/person} of {Norland} arrived in {Estovia} on Monday.")).toEqual([["CONSULT", "arvid", "estovia"]]);
    expect(triples("Queen {Lena/person} of The {Varn Isles} will pay a state visit of a week to {Estovia} next spring.")).toEqual([
      ["AGREE", "lena", "estovia"],
    ]);
  });

  it("a person resolved to another state's actor leaves the state named", () => {
    expect(triples("King {Arvid/person@EST} of {Norland@NOR} arrived in {Sudovia} on Monday.")).toEqual([["CONSULT", "norland", "sudovia"]]);
  });

  it("without an office the state stays the actor", () => {
    expect(triples("{Arvid/person} of {Norland} arrived in {Estovia} on Monday.")).toEqual([["CONSULT", "norland", "estovia"]]);
  });
});
