import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// A pay rise offered in a pay dispute, its size told in percent, is an employer's terms to its
// staff, as other wage offers are. Sentences written for these tests.

describe("a pay rise offered", () => {
  it("is no political offer", () => {
    expect(triples("{Rolf Sten/person} said the ministry had offered a 5 percent raise over two years.")).toEqual([]);
    expect(triples("The {Velo Rail/organization} board offered a 4 per cent pay rise to drivers.")).toEqual([]);
  });

  it("while an offer of aid stays one", () => {
    expect(triples("{Norland} offered a 5 percent cut in tariffs to {Estovia}.")).toEqual([["AGREE", "norland", "estovia"]]);
  });
});
