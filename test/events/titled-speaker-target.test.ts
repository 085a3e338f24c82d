import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// ", foreign minister X said": the titled speaker the sentence is attributed to tells of the act,
// and is not acted on. Sentences written for these tests.

describe("a titled speaker after the act", () => {
  it("is no target", () => {
    expect(triples("{Norland} would never attack its neighbours, foreign minister {Dag Holt/person} said on Monday.")).toEqual([["ASSAULT", "norland", null]]);
  });

  it("while a person acted on stays the target", () => {
    expect(triples("{Anna Sorel/person} criticised {Dag Holt/person} on Monday.")).toEqual([["ACCUSE", "anna-sorel", "dag-holt"]]);
    expect(triples("{Norland} attacked {Estovia} on Monday, foreign minister {Dag Holt/person} said.")).toEqual([["ASSAULT", "norland", "estovia"]]);
  });
});
