import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// A state named before a noun for a firm gives the firm's nationality; the firm's deal is no act
// of the state. Sentences written for these tests.

describe("a firm named by its state", () => {
  it("does not make the state act", () => {
    expect(triples("A {Norland} company signed a deal to supply gas to {Estovia}.")).toEqual([]);
    expect(triples("{Norland}'s biggest carmaker offered to build a plant in {Estovia}.")).toEqual([]);
  });

  it("while the state or its government still acts", () => {
    expect(triples("The {Norland} government signed a deal to supply gas to {Estovia}.")).toEqual([["SUPPORT", "norland", null], ["AID", "norland", "estovia"]]);
    expect(triples("{Norland}'s policy makers warned {Estovia} against the move.")).toEqual([["ACCUSE", "norland", "estovia"]]);
  });
});

describe("commercial banks named by their state", () => {
  it("do not make the state act", () => {
    expect(triples("{Norland} banks agreed to lend {Estovia} two billion dollars.")).toEqual([]);
  });

  it("a central bank still does", () => {
    expect(triples("{Norland}'s central bank agreed to lend {Estovia} two billion dollars.")).toEqual([["AGREE", "norland", "estovia"]]);
  });
});
