import { describe, expect, it } from "vitest";
import { triples } from "./helpers.js";

// "aid trucks entered the city": the word names the convoy's cargo, and the one who reports
// it gave nothing. Sentences written for these tests.

describe("aid naming a carrier", () => {
  it("is no act of the one reporting it", () => {
    expect(triples("The {Velo Relief Agency/organization} said aid trucks entered {Estovia} on Monday.")).toEqual([]);
  });

  it("while aid given stays an act", () => {
    expect(triples("{Norland} gave aid to {Estovia} on Monday.")).toEqual([["AID", "norland", "estovia"]]);
  });
});
