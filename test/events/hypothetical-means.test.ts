import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// A gerund of means under a conditional judgement ("would break the law by attacking") is an act
// only imagined; a reaction announced ("would respond by imposing") stays planned. Sentences
// written for these tests.

describe("an act imagined as the means of a judgement", () => {
  it("is no event", () => {
    expect(triples("A {Sudovia}n envoy said {Norland} would breach the charter by attacking the port.")).toEqual([]);
    expect(triples("{Estovia} said {Norland} would violate the treaty by sending troops to {Sudovia}.")).toEqual([]);
  });

  it("while a reaction announced or done is one", () => {
    expect(triples("{Norland} said it would respond by imposing sanctions on {Estovia}.")).toEqual([["SANCTION", "norland", "estovia"]]);
    expect(triples("{Norland} retaliated by imposing sanctions on {Estovia}.")).toEqual([["SANCTION", "norland", "estovia"]]);
  });
});
