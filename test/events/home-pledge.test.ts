import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// Aid or compensation promised to one's own families, residents or victims, named by no name, is a
// domestic step with no counterpart. Sentences written for these tests.

describe("aid promised to one's own people", () => {
  it("is no offer between actors", () => {
    expect(triples("Prime Minister {Ilse Varg/person} visited the town and promised aid to families who lost their homes.")).toEqual([]);
    expect(triples("{Norland} pledged compensation for farmers hit by the drought.")).toEqual([]);
    expect(triples("The governor offered emergency grants to affected households, {Ilse Varg/person} said.")).toEqual([]);
  });

  it("while aid to another state's people stays an offer", () => {
    expect(triples("{Norland} promised aid to families in {Estovia}.")).toEqual([["AGREE", "norland", "estovia"]]);
    expect(triples("{Norland} promised aid to {Estovia}.")).toEqual([["AGREE", "norland", "estovia"]]);
  });
});
